package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.Expr;
import dev.aliendb.sql.eval.SqlValues;
import dev.aliendb.engine.ConflictAction;
import java.sql.SQLException;
import java.util.List;

/** A compiled CHECK constraint over a full table row: violated only when it evaluates to FALSE (NULL passes). */
public record CheckConstraint(String table, String sql, Expr expr) {
    /**
     * Whether the row passes every check. A failure throws, except under OR IGNORE where the row is
     * skipped (false).
     */
    public static boolean admits(List<CheckConstraint> checks, Object[] row, ExecContext ctx, ConflictAction onConflict)
            throws SQLException {
        try {
            for (CheckConstraint check : checks) {
                check.verify(row, ctx);
            }
            return true;
        } catch (SQLException e) {
            if (onConflict == ConflictAction.IGNORE) {
                return false;
            }
            throw e;
        }
    }

    public void verify(Object[] row, ExecContext ctx) throws SQLException {
        if (Boolean.FALSE.equals(SqlValues.truth(expr.eval(row, ctx.eval())))) {
            throw new SQLException("CHECK constraint failed: " + sql, "23514");
        }
    }
}
