package dev.aliendb.sql.eval;

import dev.aliendb.engine.Affinity;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Explicit {@code CAST(x AS type)} with SQLite's conversions: the target's affinity decides (INTEGER:
 * integer prefix / truncation; REAL; TEXT; NUMERIC: integer when exact; BLOB: the bytes). NULL stays NULL.
 */
final class Casts {
    private Casts() {
    }

    /** @param target the type {@link SqliteOperators#CAST} inferred from the type name */
    static Expr explicit(Expr operand, RelDataType target) {
        Affinity affinity = SqliteTypes.affinityOf(target);
        if (affinity == null) {
            if (target.getSqlTypeName() == SqlTypeName.VARBINARY) {
                return (row, ctx) -> {
                    Object v = operand.eval(row, ctx);
                    return v == null ? null : Conversions.toBlob(v);
                };
            }
            return operand;
        }
        switch (affinity) {
            case INTEGER:
                return (row, ctx) -> {
                    Object v = operand.eval(row, ctx);
                    return v == null ? null : (Object) Conversions.toLong(v);
                };
            case REAL:
                return (row, ctx) -> {
                    Object v = operand.eval(row, ctx);
                    return v == null ? null : (Object) Conversions.toDouble(v);
                };
            case TEXT:
                return (row, ctx) -> {
                    Object v = operand.eval(row, ctx);
                    return v == null ? null : Conversions.toText(v);
                };
            default:
                return (row, ctx) -> {
                    Object v = operand.eval(row, ctx);
                    return v == null ? null : Conversions.toNumeric(v);
                };
        }
    }
}
