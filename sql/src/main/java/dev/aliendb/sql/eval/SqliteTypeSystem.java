package dev.aliendb.sql.eval;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite type system for AlienDB: CHAR literals of different lengths unify to VARCHAR (never padded
 * CHAR(n)), so Calcite never pads or truncates a SQLite string; DECIMAL literals may have up to 400
 * digits (SQLite reads any numeric literal, e.g. 9223372036854775808.0).
 */
public final class SqliteTypeSystem extends RelDataTypeSystemImpl {
    private static final int MAX_DECIMAL = 400;
    public static final SqliteTypeSystem INSTANCE = new SqliteTypeSystem();

    private SqliteTypeSystem() {
    }

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying() {
        return true;
    }

    /** Long enough for any numeric literal a SQLite statement may contain (they become REAL at run time). */
    @Override
    public int getMaxPrecision(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL : super.getMaxPrecision(typeName);
    }

    @Override
    public int getMaxScale(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL : super.getMaxScale(typeName);
    }
}
