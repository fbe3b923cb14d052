package dev.aliendb.sql.eval;

import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeMappingRule;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Type factory whose least restrictive type never forces a conversion: when the types to unify (in
 * CASE/COALESCE branches, UNION columns, VALUES rows, IN lists) have different type names — other than
 * integers of different widths, or texts of different lengths — the result is ANY instead of Calcite's
 * widened type or a validation error. Calcite then inserts no CAST that would change a SQLite value
 * (e.g. turn INTEGER 1 into DECIMAL 1.0 in {@code CASE WHEN c THEN 1 ELSE 2.5 END}).
 */
public final class SqliteTypeFactory extends JavaTypeFactoryImpl {
    public SqliteTypeFactory() {
        super(SqliteTypeSystem.INSTANCE);
    }

    @Override
    public RelDataType leastRestrictive(List<RelDataType> types, SqlTypeMappingRule mappingRule) {
        if (types.get(0).isStruct() || sameKind(types)) {
            RelDataType t = super.leastRestrictive(types, mappingRule);
            if (t != null) {
                return t;
            }
        }
        boolean nullable = false;
        for (RelDataType t : types) {
            nullable |= t.isNullable();
        }
        return createTypeWithNullability(createSqlType(SqlTypeName.ANY), nullable);
    }

    private static boolean sameKind(List<RelDataType> types) {
        SqlTypeName name = null;
        boolean integers = true;
        boolean texts = true;
        boolean same = true;
        for (RelDataType t : types) {
            SqlTypeName n = t.getSqlTypeName();
            if (n == SqlTypeName.NULL) {
                continue;
            }
            if (name != null && n != name) {
                same = false;
            }
            name = n;
            integers &= SqlTypeName.INT_TYPES.contains(n);
            texts &= SqlTypeName.CHAR_TYPES.contains(n);
        }
        return same || integers || texts;
    }
}
