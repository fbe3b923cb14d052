package dev.aliendb.sql.schema;

import java.math.BigDecimal;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * A placeholder {@code $DEFAULT(column)} that stands for "the DEFAULT expression of this column" in the
 * rows of an INSERT. It never reaches the evaluator: the planner replaces it by the compiled DEFAULT.
 */
public final class DefaultMarker {
    private static final SqlFunction OPERATOR = new SqlFunction("$DEFAULT", SqlKind.OTHER_FUNCTION,
            ReturnTypes.ARG0, null, OperandTypes.ANY, SqlFunctionCategory.SYSTEM);

    private DefaultMarker() {
    }

    static RexNode call(RexBuilder rexBuilder, RelDataType type, int column) {
        return rexBuilder.makeCall(type, OPERATOR, java.util.List.of(rexBuilder.makeExactLiteral(BigDecimal.valueOf(column))));
    }

    /** The column whose DEFAULT this expression stands for, or -1 if it is not a marker. */
    public static int column(RexNode node) {
        if (node instanceof RexCall call && call.getOperator() == OPERATOR) {
            return ((RexLiteral) call.getOperands().get(0)).getValueAs(Integer.class);
        }
        return -1;
    }
}
