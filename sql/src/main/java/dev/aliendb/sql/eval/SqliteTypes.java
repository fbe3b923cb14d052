package dev.aliendb.sql.eval;

import dev.aliendb.engine.Affinity;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The mapping between SQLite declared types/affinities and Calcite types (see docs/sql-types.md).
 * INTEGER affinity -> BIGINT, REAL -> FLOAT, TEXT -> VARCHAR, NUMERIC -> DECIMAL, BLOB affinity ->
 * VARBINARY when declared (e.g. "BLOB"), ANY when typeless. Calcite types only describe columns; values
 * are dynamically typed, and the reverse mapping {@link #affinityOf(RelDataType)} recovers a column's
 * affinity for comparisons.
 */
public final class SqliteTypes {
    private SqliteTypes() {
    }

    /** SQLite's affinity rules for a declared type name (datatype3.html 3.1). */
    public static Affinity affinityOfDeclared(String declared) {
        String t = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
        if (t.contains("INT")) {
            return Affinity.INTEGER;
        }
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
            return Affinity.TEXT;
        }
        if (t.contains("BLOB") || t.isBlank()) {
            return Affinity.BLOB;
        }
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
            return Affinity.REAL;
        }
        return Affinity.NUMERIC;
    }

    /** Calcite type (not null) for a column or CAST target with this declared type. */
    public static RelDataType typeForDeclared(String declared, RelDataTypeFactory f) {
        Affinity a = affinityOfDeclared(declared);
        if (a == Affinity.BLOB) {
            return f.createSqlType(declared == null || declared.isBlank() ? SqlTypeName.ANY : SqlTypeName.VARBINARY);
        }
        return typeFor(a, f);
    }

    /** Calcite type (not null) standing for an affinity. */
    public static RelDataType typeFor(Affinity a, RelDataTypeFactory f) {
        switch (a) {
            case INTEGER:
                return f.createSqlType(SqlTypeName.BIGINT);
            case REAL:
                return f.createSqlType(SqlTypeName.FLOAT);
            case TEXT:
                return f.createSqlType(SqlTypeName.VARCHAR);
            case NUMERIC:
                return f.createSqlType(SqlTypeName.DECIMAL);
            default:
                return f.createSqlType(SqlTypeName.VARBINARY);
        }
    }

    /**
     * The affinity of a column of this Calcite type; null for none. Only the types {@link #typeFor} gives
     * columns carry an affinity (BIGINT, FLOAT, DECIMAL with scale 0, VARCHAR): literals (INTEGER, DOUBLE,
     * DECIMAL with a fraction, CHAR) and function results (INTEGER, DOUBLE, ANY) have none.
     */
    public static Affinity affinityOf(RelDataType type) {
        SqlTypeName n = type.getSqlTypeName();
        if (n == null) {
            return null;
        }
        switch (n) {
            case BIGINT:
                return Affinity.INTEGER;
            case FLOAT:
            case REAL:
                return Affinity.REAL;
            case DECIMAL:
                return type.getScale() == 0 ? Affinity.NUMERIC : null;
            case VARCHAR:
                return Affinity.TEXT;
            default:
                return null;
        }
    }
}
