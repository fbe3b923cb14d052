package dev.aliendb.sql.eval;

import dev.aliendb.engine.Affinity;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The mapping between SQLite declared types/affinities and Calcite types (see docs/sql-types.md).
 * INTEGER affinity -> BIGINT, REAL -> DOUBLE, TEXT -> VARCHAR, NUMERIC -> DECIMAL, BLOB affinity ->
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
                return f.createSqlType(SqlTypeName.DOUBLE);
            case TEXT:
                return f.createSqlType(SqlTypeName.VARCHAR);
            case NUMERIC:
                return f.createSqlType(SqlTypeName.DECIMAL);
            default:
                return f.createSqlType(SqlTypeName.VARBINARY);
        }
    }

    /** The affinity a column of this Calcite type has; null for none (ANY, VARBINARY, BOOLEAN...). */
    public static Affinity affinityOf(RelDataType type) {
        SqlTypeName n = type.getSqlTypeName();
        if (n == null) {
            return null;
        }
        switch (n) {
            case BIGINT:
            case INTEGER:
            case SMALLINT:
            case TINYINT:
                return Affinity.INTEGER;
            case DOUBLE:
            case FLOAT:
            case REAL:
                return Affinity.REAL;
            case DECIMAL:
            case DATE:
            case TIME:
            case TIMESTAMP:
                return Affinity.NUMERIC;
            case CHAR:
            case VARCHAR:
                return Affinity.TEXT;
            default:
                return null;
        }
    }

    /** True when all these types are exact integer types. */
    static boolean allIntegers(List<RelDataType> types) {
        for (RelDataType t : types) {
            if (affinityOf(t) != Affinity.INTEGER) {
                return false;
            }
        }
        return true;
    }
}
