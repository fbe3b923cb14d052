package dev.aliendb.sql.eval;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;

/**
 * Calcite type system for AlienDB: CHAR literals of different lengths unify to VARCHAR (never padded
 * CHAR(n)), so Calcite never pads or truncates a SQLite string.
 */
public final class SqliteTypeSystem extends RelDataTypeSystemImpl {
    public static final SqliteTypeSystem INSTANCE = new SqliteTypeSystem();

    private SqliteTypeSystem() {
    }

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying() {
        return true;
    }
}
