package dev.aliendb.jdbc;

import dev.aliendb.engine.Affinity;
import java.sql.Types;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a declared column type ("VARCHAR(120)", "DECIMAL(10,2)", "INT", "" ...) is reported through JDBC:
 * the {@link Types} code, a type name, and the column size / decimal digits DatabaseMetaData and
 * ResultSetMetaData show. Known names map directly; anything else falls back on its SQLite affinity, so
 * every declared type has an answer.
 *
 * @param sqlType       java.sql.Types code
 * @param typeName      the declared base name upper-cased (e.g. "VARCHAR"), or the affinity's name
 * @param size          precision for numbers, length for text/binary, characters for date/times
 * @param decimalDigits scale for DECIMAL, 0 otherwise
 */
record JdbcType(int sqlType, String typeName, int size, int decimalDigits) {
    static final int UNLIMITED = Integer.MAX_VALUE;
    private static final Pattern DECLARED = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*");

    static JdbcType of(String declaredType, Affinity affinity) {
        Matcher m = DECLARED.matcher(declaredType == null ? "" : declaredType);
        if (!m.matches()) {
            return ofAffinity(affinity);
        }
        String base = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer length = m.group(2) == null ? null : parse(m.group(2));
        int scale = m.group(3) == null ? 0 : parse(m.group(3));
        switch (base) {
            case "INT", "INTEGER", "MEDIUMINT":
                return new JdbcType(Types.INTEGER, base, 10, 0);
            case "BIGINT", "INT8", "UNSIGNED BIG INT", "LONG":
                return new JdbcType(Types.BIGINT, base, 19, 0);
            case "SMALLINT", "INT2":
                return new JdbcType(Types.SMALLINT, base, 5, 0);
            case "TINYINT":
                return new JdbcType(Types.TINYINT, base, 3, 0);
            case "BOOLEAN", "BOOL":
                return new JdbcType(Types.BOOLEAN, base, 1, 0);
            case "REAL", "FLOAT4":
                return new JdbcType(Types.REAL, base, 7, 0);
            case "DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT8":
                return new JdbcType(Types.DOUBLE, base, 15, 0);
            case "DECIMAL", "NUMERIC", "DEC":
                return new JdbcType(base.equals("NUMERIC") ? Types.NUMERIC : Types.DECIMAL, base,
                        length == null ? 38 : length, scale);
            case "CHAR", "CHARACTER", "NCHAR", "NATIVE CHARACTER":
                return new JdbcType(Types.CHAR, base, length == null ? 1 : length, 0);
            case "VARCHAR", "CHARACTER VARYING", "VARYING CHARACTER", "NVARCHAR", "VARCHAR2", "STRING":
                return new JdbcType(Types.VARCHAR, base, length == null ? UNLIMITED : length, 0);
            case "TEXT", "CLOB", "LONGVARCHAR":
                return new JdbcType(Types.VARCHAR, base, UNLIMITED, 0);
            case "BLOB", "BYTEA", "LONGVARBINARY":
                return new JdbcType(Types.BLOB, base, UNLIMITED, 0);
            case "BINARY", "VARBINARY":
                return new JdbcType(Types.VARBINARY, base, length == null ? UNLIMITED : length, 0);
            case "DATE":
                return new JdbcType(Types.DATE, base, 10, 0);
            case "TIME":
                return new JdbcType(Types.TIME, base, 18, 0);
            case "TIMESTAMP", "DATETIME":
                return new JdbcType(Types.TIMESTAMP, base, 29, 0);
            default:
                return ofAffinity(affinity);
        }
    }

    /** Parses a declared type's own text (e.g. a ColumnInfo type name) when no affinity is at hand. */
    static JdbcType of(String declaredType) {
        return of(declaredType, Affinity.BLOB);
    }

    /** The description of a bare JDBC type code (e.g. an inferred parameter type). */
    static JdbcType ofSqlType(int sqlType) {
        JdbcType named = of(nameOf(sqlType));
        return new JdbcType(sqlType, named.typeName(), named.size(), named.decimalDigits());
    }

    private static String nameOf(int sqlType) {
        switch (sqlType) {
            case Types.INTEGER:
                return "INTEGER";
            case Types.BIGINT:
                return "BIGINT";
            case Types.SMALLINT:
                return "SMALLINT";
            case Types.TINYINT:
                return "TINYINT";
            case Types.BOOLEAN, Types.BIT:
                return "BOOLEAN";
            case Types.REAL:
                return "REAL";
            case Types.DOUBLE, Types.FLOAT:
                return "DOUBLE";
            case Types.DECIMAL:
                return "DECIMAL";
            case Types.NUMERIC:
                return "NUMERIC";
            case Types.CHAR:
                return "CHAR";
            case Types.VARCHAR, Types.LONGVARCHAR:
                return "VARCHAR";
            case Types.BLOB, Types.VARBINARY, Types.BINARY:
                return "BLOB";
            case Types.DATE:
                return "DATE";
            case Types.TIME:
                return "TIME";
            case Types.TIMESTAMP:
                return "TIMESTAMP";
            default:
                return "";
        }
    }

    private static JdbcType ofAffinity(Affinity affinity) {
        switch (affinity == null ? Affinity.BLOB : affinity) {
            case INTEGER:
                return new JdbcType(Types.BIGINT, "INTEGER", 19, 0);
            case REAL:
                return new JdbcType(Types.DOUBLE, "REAL", 15, 0);
            case NUMERIC:
                return new JdbcType(Types.NUMERIC, "NUMERIC", 38, 0);
            case TEXT:
                return new JdbcType(Types.VARCHAR, "TEXT", UNLIMITED, 0);
            default:
                return new JdbcType(Types.OTHER, "", UNLIMITED, 0); // typeless: any value
        }
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return UNLIMITED;
        }
    }

    boolean isText() {
        return sqlType == Types.VARCHAR || sqlType == Types.CHAR;
    }

    boolean isNumeric() {
        switch (sqlType) {
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT, Types.REAL, Types.DOUBLE,
                    Types.FLOAT, Types.DECIMAL, Types.NUMERIC:
                return true;
            default:
                return false;
        }
    }

    /** Fully qualified Java class of values of this type, as ResultSetMetaData.getColumnClassName says. */
    String className() {
        switch (sqlType) {
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT:
                return Integer.class.getName();
            case Types.BIGINT:
                return Long.class.getName();
            case Types.BOOLEAN, Types.BIT:
                return Boolean.class.getName();
            case Types.REAL, Types.DOUBLE, Types.FLOAT:
                return Double.class.getName();
            case Types.DECIMAL, Types.NUMERIC:
                return java.math.BigDecimal.class.getName();
            case Types.CHAR, Types.VARCHAR:
                return String.class.getName();
            case Types.BLOB, Types.VARBINARY, Types.BINARY:
                return byte[].class.getName();
            case Types.DATE:
                return java.sql.Date.class.getName();
            case Types.TIME:
                return java.sql.Time.class.getName();
            case Types.TIMESTAMP:
                return java.sql.Timestamp.class.getName();
            default:
                return Object.class.getName();
        }
    }
}
