package dev.aliendb.jdbc;

import dev.aliendb.engine.Catalog;
import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.ViewDef;
import dev.aliendb.sql.ColumnInfo;
import dev.aliendb.sql.PreparedSql;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The schema-describing DatabaseMetaData calls, answered from the session's {@link Catalog} snapshot.
 * AlienDB has neither catalogs nor schemas: TABLE_CAT and TABLE_SCHEM are null and catalog/schema
 * filters are ignored. Name patterns use LIKE syntax ({@code %}, {@code _}, escape {@code \}) and match
 * case-insensitively, as identifiers do. View columns are found by preparing {@code SELECT * FROM view}.
 */
final class CatalogMetadata {
    private final AlienConnection connection;

    CatalogMetadata(AlienConnection connection) {
        this.connection = connection;
    }

    private Catalog catalog() throws SQLException {
        return connection.catalog();
    }

    /** Compiles a JDBC LIKE pattern; null matches everything. */
    static Pattern pattern(String like) {
        if (like == null) {
            return Pattern.compile(".*", Pattern.DOTALL);
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static boolean wanted(String[] types, String type) {
        if (types == null) {
            return true;
        }
        for (String t : types) {
            if (type.equalsIgnoreCase(t)) {
                return true;
            }
        }
        return false;
    }

    ResultSet tables(String tableNamePattern, String[] types) throws SQLException {
        MetadataTable result = new MetadataTable("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS",
                "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION");
        Pattern names = pattern(tableNamePattern);
        Catalog catalog = catalog();
        if (wanted(types, "TABLE")) {
            for (TableDef t : catalog.tables()) {
                if (names.matcher(t.name()).matches()) {
                    result.add(null, null, t.name(), "TABLE", null, null, null, null, null, null);
                }
            }
        }
        if (wanted(types, "VIEW")) {
            for (ViewDef v : catalog.views()) {
                if (names.matcher(v.name()).matches()) {
                    result.add(null, null, v.name(), "VIEW", null, null, null, null, null, null);
                }
            }
        }
        return result.sortBy(3, 2).toResultSet();
    }

    ResultSet tableTypes() {
        return new MetadataTable("TABLE_TYPE").add("TABLE").add("VIEW").toResultSet();
    }

    ResultSet columns(String tableNamePattern, String columnNamePattern) throws SQLException {
        MetadataTable result = new MetadataTable("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
                "DATA_TYPE:int", "TYPE_NAME", "COLUMN_SIZE:int", "BUFFER_LENGTH:int", "DECIMAL_DIGITS:int",
                "NUM_PREC_RADIX:int", "NULLABLE:int", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:int",
                "SQL_DATETIME_SUB:int", "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int", "IS_NULLABLE",
                "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE:short", "IS_AUTOINCREMENT",
                "IS_GENERATEDCOLUMN");
        Pattern tables = pattern(tableNamePattern);
        Pattern columns = pattern(columnNamePattern);
        Catalog catalog = catalog();
        for (TableDef t : catalog.tables()) {
            if (!tables.matcher(t.name()).matches()) {
                continue;
            }
            for (int i = 0; i < t.columns().size(); i++) {
                ColumnDef c = t.columns().get(i);
                if (columns.matcher(c.name()).matches()) {
                    boolean rowId = i == t.rowIdColumn();
                    int nullable = c.notNull() || rowId ? DatabaseMetaData.columnNoNulls
                            : DatabaseMetaData.columnNullable;
                    addColumn(result, t.name(), c.name(), JdbcType.of(c.declaredType(), c.affinity()), nullable,
                            c.defaultSql(), i + 1, rowId || c.autoIncrement());
                }
            }
        }
        for (ViewDef v : catalog.views()) {
            if (!tables.matcher(v.name()).matches()) {
                continue;
            }
            List<ColumnInfo> viewColumns = viewColumns(v);
            for (int i = 0; i < viewColumns.size(); i++) {
                ColumnInfo c = viewColumns.get(i);
                if (columns.matcher(c.label()).matches()) {
                    JdbcType named = JdbcType.of(c.typeName());
                    JdbcType type = new JdbcType(c.sqlType(), named.typeName(), named.size(), named.decimalDigits());
                    addColumn(result, v.name(), c.label(), type, c.nullable(), null, i + 1, false);
                }
            }
        }
        return result.sortBy(2, 16).toResultSet();
    }

    private static void addColumn(MetadataTable result, String table, String column, JdbcType type, int nullable,
                                  String defaultSql, int position, boolean autoIncrement) {
        boolean text = type.isText();
        boolean numeric = type.isNumeric();
        String isNullable = nullable == DatabaseMetaData.columnNoNulls ? "NO"
                : nullable == DatabaseMetaData.columnNullable ? "YES" : "";
        result.add(null, null, table, column, type.sqlType(), type.typeName(), type.size(), null,
                numeric ? type.decimalDigits() : null, numeric ? 10 : null, nullable, null, defaultSql, null, null,
                text ? type.size() : null, position, isNullable, null, null, null, null,
                autoIncrement ? "YES" : "NO", "NO");
    }

    /** The result columns of a view, or none if the view no longer compiles (e.g. a dropped base table). */
    private List<ColumnInfo> viewColumns(ViewDef view) {
        try {
            PreparedSql select = connection.session().prepare("SELECT * FROM \"" + view.name().replace("\"", "\"\"")
                    + "\"");
            return select.columns();
        } catch (SQLException | RuntimeException e) {
            return List.of();
        }
    }

    ResultSet primaryKeys(String table) throws SQLException {
        MetadataTable result = new MetadataTable("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
                "KEY_SEQ:short", "PK_NAME");
        TableDef t = table == null ? null : catalog().table(table);
        if (t != null) {
            int seq = 0;
            for (ColumnDef c : t.columns()) {
                if (c.primaryKey()) {
                    result.add(null, null, t.name(), c.name(), ++seq, "pk_" + t.name());
                }
            }
        }
        return result.sortBy(3).toResultSet();
    }

    ResultSet bestRowIdentifier(String table) throws SQLException {
        MetadataTable result = new MetadataTable("SCOPE:short", "COLUMN_NAME", "DATA_TYPE:int", "TYPE_NAME",
                "COLUMN_SIZE:int", "BUFFER_LENGTH:int", "DECIMAL_DIGITS:short", "PSEUDO_COLUMN:short");
        TableDef t = table == null ? null : catalog().table(table);
        if (t != null) {
            for (ColumnDef c : t.columns()) {
                if (c.primaryKey()) {
                    JdbcType type = JdbcType.of(c.declaredType(), c.affinity());
                    result.add(DatabaseMetaData.bestRowSession, c.name(), type.sqlType(), type.typeName(),
                            type.size(), null, type.decimalDigits(), DatabaseMetaData.bestRowNotPseudo);
                }
            }
        }
        return result.toResultSet();
    }

    ResultSet indexInfo(String table, boolean uniqueOnly) throws SQLException {
        MetadataTable result = new MetadataTable("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "NON_UNIQUE:boolean",
                "INDEX_QUALIFIER", "INDEX_NAME", "TYPE:short", "ORDINAL_POSITION:short", "COLUMN_NAME",
                "ASC_OR_DESC", "CARDINALITY:long", "PAGES:long", "FILTER_CONDITION");
        Catalog catalog = catalog();
        TableDef t = table == null ? null : catalog.table(table);
        if (t != null) {
            for (IndexDef index : catalog.indexesOf(t.name())) {
                if (uniqueOnly && !index.unique()) {
                    continue;
                }
                for (int i = 0; i < index.columns().size(); i++) {
                    String column = t.columns().get(index.columns().get(i)).name();
                    boolean descending = i < index.descending().size() && index.descending().get(i);
                    result.add(null, null, t.name(), !index.unique(), null, index.name(),
                            DatabaseMetaData.tableIndexOther, i + 1, column, descending ? "D" : "A", 0L, 0L, null);
                }
            }
        }
        return result.sortBy(3, 6, 5, 7).toResultSet();
    }

    /** getImportedKeys, getExportedKeys and getCrossReference: foreign keys are not yet supported. */
    static ResultSet foreignKeys() {
        return new MetadataTable("PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_CAT",
                "FKTABLE_SCHEM", "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ:short", "UPDATE_RULE:short",
                "DELETE_RULE:short", "FK_NAME", "PK_NAME", "DEFERRABILITY:short").toResultSet();
    }

    /** The SQL types AlienDB accepts in column declarations. */
    static ResultSet typeInfo() {
        MetadataTable result = new MetadataTable("TYPE_NAME", "DATA_TYPE:int", "PRECISION:int", "LITERAL_PREFIX",
                "LITERAL_SUFFIX", "CREATE_PARAMS", "NULLABLE:short", "CASE_SENSITIVE:boolean", "SEARCHABLE:short",
                "UNSIGNED_ATTRIBUTE:boolean", "FIXED_PREC_SCALE:boolean", "AUTO_INCREMENT:boolean",
                "LOCAL_TYPE_NAME", "MINIMUM_SCALE:short", "MAXIMUM_SCALE:short", "SQL_DATA_TYPE:int",
                "SQL_DATETIME_SUB:int", "NUM_PREC_RADIX:int");
        String[][] types = {
            // name, prefix, suffix, create params
            {"TINYINT", null, null, null}, {"BIGINT", null, null, null}, {"VARBINARY", "X'", "'", "length"},
            {"CHAR", "'", "'", "length"}, {"NUMERIC", null, null, "precision,scale"},
            {"DECIMAL", null, null, "precision,scale"}, {"INTEGER", null, null, null},
            {"SMALLINT", null, null, null}, {"REAL", null, null, null}, {"DOUBLE", null, null, null},
            {"VARCHAR", "'", "'", "length"}, {"TEXT", "'", "'", null}, {"BOOLEAN", null, null, null},
            {"DATE", "DATE '", "'", null}, {"TIME", "TIME '", "'", null}, {"TIMESTAMP", "TIMESTAMP '", "'", null},
            {"BLOB", "X'", "'", null},
        };
        for (String[] t : types) {
            JdbcType type = JdbcType.of(t[0]);
            boolean numeric = type.isNumeric();
            result.add(t[0], type.sqlType(), type.size(), t[1], t[2], t[3], DatabaseMetaData.typeNullable,
                    type.isText(),
                    type.sqlType() == java.sql.Types.BLOB || type.sqlType() == java.sql.Types.VARBINARY
                            ? DatabaseMetaData.typePredBasic : DatabaseMetaData.typeSearchable,
                    !numeric, false, t[0].equals("INTEGER"), t[0], 0,
                    numeric ? type.size() : 0, null, null, numeric ? 10 : null);
        }
        return result.sortBy(1).toResultSet();
    }

    static ResultSet empty(String... columnSpecs) {
        return new MetadataTable(columnSpecs).toResultSet();
    }
}
