package dev.aliendb.jdbc;

import dev.aliendb.sql.ColumnInfo;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the in-memory result sets DatabaseMetaData returns. Columns are declared as {@code "NAME"} (text),
 * {@code "NAME:int"}, {@code "NAME:short"}, {@code "NAME:long"} or {@code "NAME:boolean"}; row values are
 * stored as the SQL layer's internal values (Integer and Short become Long) so the ordinary getters apply.
 */
final class MetadataTable {
    private final List<ColumnInfo> columns = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    MetadataTable(String... columnSpecs) {
        for (String spec : columnSpecs) {
            int colon = spec.indexOf(':');
            String name = colon < 0 ? spec : spec.substring(0, colon);
            String kind = colon < 0 ? "text" : spec.substring(colon + 1);
            columns.add(column(name, kind));
        }
    }

    private static ColumnInfo column(String name, String kind) {
        int nullable = ResultSetMetaData.columnNullable;
        switch (kind) {
            case "int":
                return new ColumnInfo(name, name, "", Types.INTEGER, "INTEGER", nullable);
            case "short":
                return new ColumnInfo(name, name, "", Types.SMALLINT, "SMALLINT", nullable);
            case "long":
                return new ColumnInfo(name, name, "", Types.BIGINT, "BIGINT", nullable);
            case "boolean":
                return new ColumnInfo(name, name, "", Types.BOOLEAN, "BOOLEAN", nullable);
            case "text":
                return new ColumnInfo(name, name, "", Types.VARCHAR, "VARCHAR", nullable);
            default:
                throw new IllegalArgumentException("unknown metadata column kind " + kind);
        }
    }

    MetadataTable add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("metadata row has " + values.length + " values, expected "
                    + columns.size());
        }
        Object[] row = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            row[i] = v instanceof Integer || v instanceof Short ? (Object) ((Number) v).longValue() : v;
        }
        rows.add(row);
        return this;
    }

    /** Sorts rows by the given columns (0-based), nulls first, as the JDBC ordering rules ask. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    MetadataTable sortBy(int... keys) {
        Comparator<Object[]> order = (a, b) -> 0;
        for (int key : keys) {
            order = order.thenComparing(r -> (Comparable) r[key],
                    Comparator.nullsFirst(Comparator.<Comparable>naturalOrder()));
        }
        rows.sort(order);
        return this;
    }

    ResultSet toResultSet() {
        return AlienResultSet.of(null, List.copyOf(columns), rows);
    }
}
