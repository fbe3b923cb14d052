package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.Expr;
import dev.aliendb.sql.eval.SqlValues;
import java.sql.SQLException;

/** Shared pieces of the join operators: the residual condition test and NULL padding. */
final class JoinOutput {
    private JoinOutput() {
    }

    /** True when there is no condition or it is TRUE for the joined row. */
    static boolean accepts(Expr condition, Object[] joined, ExecContext ctx) throws SQLException {
        return condition == null || Boolean.TRUE.equals(SqlValues.truth(condition.eval(joined, ctx.eval())));
    }

    static Object[] padRight(Object[] left, int rightWidth) {
        return java.util.Arrays.copyOf(left, left.length + rightWidth);
    }

    static Object[] padLeft(int leftWidth, Object[] right) {
        Object[] out = new Object[leftWidth + right.length];
        System.arraycopy(right, 0, out, leftWidth, right.length);
        return out;
    }
}
