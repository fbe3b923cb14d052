package dev.aliendb.jdbc.reliability;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one piece of work against the database on its own daemon thread with a time limit and reports how it
 * ended, catching every {@link Throwable}: a value, an {@link SQLException}, anything else thrown (a leak),
 * or no end within the limit (a hang; the thread is interrupted and abandoned).
 */
final class Bounded {
    /** Work that may throw anything. */
    interface Work<T> {
        T run() throws Exception;
    }

    /** How a run ended: exactly one of value / sqlError / leaked is set unless it hung. */
    record Ending<T>(T value, SQLException sqlError, Throwable leaked, boolean hung) {
        boolean normal() {
            return !hung && sqlError == null && leaked == null;
        }

        String sqlState() {
            return sqlError == null ? null : sqlError.getSQLState();
        }

        @Override
        public String toString() {
            if (hung) {
                return "hang";
            }
            if (leaked != null) {
                return "leaked " + leaked;
            }
            return sqlError != null ? "SQLException[" + sqlError.getSQLState() + "] " + sqlError.getMessage() : "ok";
        }
    }

    private Bounded() {
    }

    static <T> Ending<T> run(Duration limit, Work<T> work) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bounded-work");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<T> future = worker.submit(work::run);
            try {
                return new Ending<>(future.get(limit.toMillis(), TimeUnit.MILLISECONDS), null, null, false);
            } catch (TimeoutException e) {
                future.cancel(true);
                return new Ending<>(null, null, null, true);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                return cause instanceof SQLException sql
                        ? new Ending<>(null, sql, null, false)
                        : new Ending<>(null, null, cause, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the database", e);
            }
        } finally {
            worker.shutdownNow();
        }
    }
}
