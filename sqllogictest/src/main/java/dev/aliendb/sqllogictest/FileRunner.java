package dev.aliendb.sqllogictest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes the records of one script on one connection and records each outcome in a {@link FileResult}.
 *
 * <p>Every statement gets a query timeout and a watchdog cancellation at the smaller of the per-statement
 * limit and the time left for the file; a cancelled record fails as {@link Failure#TIMEOUT} and, once the
 * file's time is spent, the remaining records are not run. A failing record never stops the file. Only an
 * {@link SQLException} satisfies {@code statement error}: any other throwable escaping the driver (including
 * an {@link Error} such as an AssertionError or StackOverflowError) is a failure whose cause names its class.
 */
final class FileRunner {

    private final Connection connection;
    private final Watchdog watchdog;
    private final int statementSeconds;
    private final FileResult result;
    private final ResultChecker checker = new ResultChecker();

    FileRunner(Connection connection, Watchdog watchdog, int statementSeconds, FileResult result) {
        this.connection = connection;
        this.watchdog = watchdog;
        this.statementSeconds = statementSeconds;
        this.result = result;
    }

    /**
     * Runs the records until the end, until {@code deadlineNanos} (System.nanoTime()) passes, or until
     * {@code maxRecords} statements and queries have run (0 = no cap).
     */
    FileResult.Status run(List<SltRecord> records, long deadlineNanos, int maxRecords) {
        for (SltRecord record : records) {
            if (maxRecords > 0 && result.records() >= maxRecords) {
                return FileResult.Status.CAPPED;
            }
            long remainingMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return FileResult.Status.TIMED_OUT;
            }
            long millis = Math.min(statementSeconds * 1000L, remainingMillis);
            if (record instanceof SltRecord.Statement s) {
                statement(s, millis);
            } else if (record instanceof SltRecord.Query q) {
                query(q, millis);
            }
            // hash-threshold only decides how the script's author wrote large results; the checker reads both forms
        }
        return System.nanoTime() > deadlineNanos ? FileResult.Status.TIMED_OUT : FileResult.Status.COMPLETED;
    }

    private void statement(SltRecord.Statement record, long millis) {
        try (Statement statement = connection.createStatement()) {
            Watchdog.Armed armed = watchdog.arm(statement, millis);
            try {
                limit(statement, millis);
                statement.execute(record.sql());
                armed.close();
                if (record.expectError()) {
                    result.fail(record, record.sql(), "statement succeeded but an error was expected", "");
                } else {
                    result.pass(record);
                }
            } catch (SQLException e) {
                armed.close();
                if (armed.fired()) {
                    result.fail(record, record.sql(), Failure.TIMEOUT, "cancelled after " + millis + " ms");
                } else if (record.expectError()) {
                    result.pass(record);
                } else {
                    result.fail(record, record.sql(), ErrorCauses.of(e), String.valueOf(e.getMessage()));
                }
            }
        } catch (SQLException | RuntimeException | Error e) {
            result.fail(record, record.sql(), ErrorCauses.of(e), String.valueOf(e.getMessage()));
        }
    }

    private void query(SltRecord.Query record, long millis) {
        List<String[]> rows = new ArrayList<>();
        int columns;
        try (Statement statement = connection.createStatement()) {
            Watchdog.Armed armed = watchdog.arm(statement, millis);
            try {
                limit(statement, millis);
                try (ResultSet rs = statement.executeQuery(record.sql())) {
                    columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows.add(row(rs, columns, record.types()));
                    }
                }
                armed.close();
            } catch (SQLException e) {
                armed.close();
                String cause = armed.fired() ? Failure.TIMEOUT : ErrorCauses.of(e);
                result.fail(record, record.sql(), cause, String.valueOf(e.getMessage()));
                return;
            }
        } catch (SQLException | RuntimeException | Error e) {
            result.fail(record, record.sql(), ErrorCauses.of(e), String.valueOf(e.getMessage()));
            return;
        }
        String difference = checker.check(record, rows, columns);
        if (difference == null) {
            result.pass(record);
        } else {
            result.fail(record, record.sql(), Failure.WRONG_RESULT, difference);
        }
    }

    private static String[] row(ResultSet rs, int columns, String types) throws SQLException {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = ValueRenderer.render(rs.getObject(i + 1), i < types.length() ? types.charAt(i) : 'T');
        }
        return row;
    }

    private static void limit(Statement statement, long millis) throws SQLException {
        try {
            statement.setQueryTimeout((int) Math.max(1, (millis + 999) / 1000));
        } catch (SQLFeatureNotSupportedException e) {
            // the watchdog alone enforces the limit
        }
    }
}
