package dev.aliendb.sql.exec;

import java.sql.SQLException;
import java.util.ArrayDeque;

/**
 * The left-driven loop shared by the hash and index joins: for each left row, {@link #probe} appends the
 * joined rows it matches; a LEFT join emits the left row NULL-padded when nothing matched.
 */
abstract class ProbeCursor implements Cursor {
    private final Cursor left;
    private final ExecContext ctx;
    private final boolean outer;
    private final int rightWidth;
    private final ArrayDeque<Object[]> pending = new ArrayDeque<>();

    ProbeCursor(Cursor left, ExecContext ctx, JoinKind kind, int rightWidth) {
        this.left = left;
        this.ctx = ctx;
        this.outer = kind == JoinKind.LEFT;
        this.rightWidth = rightWidth;
    }

    /** Adds to {@code out} every joined row (left ++ right) the left row matches. */
    abstract void probe(Object[] leftRow, ArrayDeque<Object[]> out) throws SQLException;

    @Override
    public final Object[] next() throws SQLException {
        while (pending.isEmpty()) {
            Object[] l = left.next();
            if (l == null) {
                return null;
            }
            ctx.tick();
            probe(l, pending);
            if (pending.isEmpty() && outer) {
                return JoinOutput.padRight(l, rightWidth);
            }
        }
        return pending.poll();
    }

    @Override
    public final void close() {
        left.close();
    }
}
