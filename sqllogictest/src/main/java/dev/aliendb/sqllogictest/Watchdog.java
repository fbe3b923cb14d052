package dev.aliendb.sqllogictest;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cancels statements that run past their deadline, for drivers whose {@code setQueryTimeout} is missing
 * or late. One daemon thread serves all statements; {@link #close()} stops it.
 */
final class Watchdog implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "slt-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** A pending cancellation; {@link #fired()} tells whether the statement was cancelled. */
    static final class Armed implements AutoCloseable {
        private final AtomicBoolean fired = new AtomicBoolean();
        private ScheduledFuture<?> task;

        boolean fired() {
            return fired.get();
        }

        @Override
        public void close() {
            task.cancel(false);
        }
    }

    Armed arm(Statement statement, long millis) {
        Armed armed = new Armed();
        armed.task = timer.schedule(() -> {
            armed.fired.set(true);
            try {
                statement.cancel();
            } catch (SQLException | RuntimeException ignored) {
                // the statement may have finished or closed meanwhile; the runner reports the timeout
            }
        }, Math.max(1, millis), TimeUnit.MILLISECONDS);
        return armed;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
