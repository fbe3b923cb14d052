package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;

/** Evaluates LIMIT / OFFSET the SQLite way: a negative LIMIT means no limit, a negative OFFSET means 0. */
final class Limits {
    private Limits() {
    }

    /** Row count limit, or Long.MAX_VALUE when absent or negative. */
    static long fetch(Expr fetch, ExecContext ctx) throws SQLException {
        if (fetch == null) {
            return Long.MAX_VALUE;
        }
        long v = integer(fetch.eval(null, ctx.eval()), "LIMIT");
        return v < 0 ? Long.MAX_VALUE : v;
    }

    static long offset(Expr offset, ExecContext ctx) throws SQLException {
        return offset == null ? 0 : Math.max(0, integer(offset.eval(null, ctx.eval()), "OFFSET"));
    }

    private static long integer(Object v, String clause) throws SQLException {
        Long id = v == null ? null : KeyValues.exactRowId(v);
        if (id == null) {
            throw new SQLException("datatype mismatch: " + clause + " must be an integer", "42804");
        }
        return id;
    }
}
