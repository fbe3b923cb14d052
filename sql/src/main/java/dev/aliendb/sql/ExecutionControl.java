package dev.aliendb.sql;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/**
 * Cancellation and timeout for one execution. Operators call {@link #check()} regularly (per row or per
 * few hundred rows); it throws once {@link #cancel()} was called (SQLSTATE 57014) or the deadline passed.
 * Thread-safe: cancel() is meant to be called from another thread (Statement.cancel).
 */
public final class ExecutionControl {
    private volatile boolean cancelled;
    private final long deadlineNanos;

    /** @param timeoutSeconds 0 for none */
    public ExecutionControl(int timeoutSeconds) {
        this.deadlineNanos = timeoutSeconds <= 0 ? 0 : System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    }

    public void cancel() {
        cancelled = true;
    }

    public void check() throws SQLException {
        if (cancelled) {
            throw new SQLException("statement cancelled", "57014");
        }
        if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0) {
            throw new SQLTimeoutException("statement timed out", "57014");
        }
    }
}
