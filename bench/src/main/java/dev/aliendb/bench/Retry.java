package dev.aliendb.bench;

import java.sql.SQLException;

/**
 * Which errors an application retries: serialization failures and deadlocks (SQLSTATE class 40: 40001,
 * 40P01, Derby's lock timeout 40XL1/40XL2), H2's lock timeout (HYT00, 50200) and concurrent update (90131),
 * and SQLite's BUSY/LOCKED result codes (5, 6 and their extended forms).
 */
final class Retry {

    private Retry() {}

    static boolean retryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && retryableCode(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean retryableCode(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("40") || state.equals("HYT00")) {
            return true;
        }
        if (e.getClass().getName().startsWith("org.h2.")) {
            return e.getErrorCode() == 50200 || e.getErrorCode() == 90131;
        }
        if (e.getClass().getName().startsWith("org.sqlite.")) {
            int primary = e.getErrorCode() & 0xff;
            return primary == 5 || primary == 6;
        }
        return false;
    }
}
