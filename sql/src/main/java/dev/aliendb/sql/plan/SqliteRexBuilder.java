package dev.aliendb.sql.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * A RexBuilder that does not fold a CAST of a literal to an exact numeric type (a column with INTEGER or
 * NUMERIC affinity) when that could change the value. Calcite would round
 * {@code 1.5} to the scale of a DECIMAL column (storing 2) or fail converting {@code '2024-01-02'} to a
 * number (UPDATE t SET d = 1.5); in AlienDB such a CAST is only a type annotation (the executor applies
 * the column affinity when storing), so the literal keeps its own type and value. Other casts fold as
 * usual (RelBuilder relies on that for unions of VALUES).
 */
final class SqliteRexBuilder extends RexBuilder {
    SqliteRexBuilder(RelDataTypeFactory typeFactory) {
        super(typeFactory);
    }

    @Override
    public RexNode makeCast(SqlParserPos pos, RelDataType type, RexNode exp, boolean matchNullability,
                            boolean safe, RexLiteral format) {
        if (exp instanceof RexLiteral literal && !literal.isNull() && wouldAlter(literal.getType(), type)) {
            RelDataType target = matchNullability
                    ? typeFactory.createTypeWithNullability(type, exp.getType().isNullable()) : type;
            return makeAbstractCast(pos, target, exp, safe, format);
        }
        return super.makeCast(pos, type, exp, matchNullability, safe, format);
    }

    /** Whether folding a literal of type {@code from} into {@code to} could round it or fail. */
    private static boolean wouldAlter(RelDataType from, RelDataType to) {
        if (!SqlTypeUtil.isExactNumeric(to)) {
            return false;
        }
        return !SqlTypeUtil.isExactNumeric(from) || from.getScale() > to.getScale();
    }
}
