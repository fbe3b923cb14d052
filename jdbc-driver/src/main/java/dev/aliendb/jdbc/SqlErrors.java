package dev.aliendb.jdbc;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;

/**
 * The driver's own errors, each with its SQLSTATE, and the guard that turns anything unexpected escaping the
 * SQL layer into an {@link SQLException} (so callers never see a bare RuntimeException, StackOverflowError, AssertionError
 * or class-initialisation failure).
 */
final class SqlErrors {
    static final String CONNECTION_FAILED = "08001";
    static final String CONNECTION_CLOSED = "08003";
    static final String NOT_SUPPORTED = "0A000";
    static final String INVALID_PARAMETER_INDEX = "07009";
    static final String PARAMETER_NOT_SET = "07001";
    static final String INVALID_CURSOR_STATE = "24000";
    static final String INVALID_ARGUMENT = "HY024";
    static final String CONVERSION = "22018";
    static final String OUT_OF_RANGE = "22003";
    static final String WRONG_RESULT_KIND = "07000";
    static final String INTERNAL = "XX000";

    private SqlErrors() {
    }

    /** A unit of work against the SQL layer. */
    interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** A unit of work without a result. */
    interface SqlAction {
        void run() throws SQLException;
    }

    /** Runs {@code action}, converting runtime failures into SQLExceptions. */
    static void run(SqlAction action) throws SQLException {
        guard(() -> {
            action.run();
            return null;
        });
    }

    /** Checks a 1-based column or parameter index. */
    static void checkIndex(int index, int count, String what) throws SQLException {
        if (index < 1 || index > count) {
            throw new SQLException(what + " index " + index + " out of range (1.." + count + ")",
                    INVALID_PARAMETER_INDEX);
        }
    }

    /** Runs {@code call}, converting runtime failures into SQLExceptions. */
    static <T> T guard(SqlCall<T> call) throws SQLException {
        try {
            return call.call();
        } catch (SQLException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new SQLException("statement too complex (nesting too deep)", "54001", e);
        } catch (OutOfMemoryError e) {
            throw new SQLException("out of memory while executing the statement", "53200", e);
        } catch (RuntimeException | LinkageError | AssertionError e) { // Calcite reports some bugs as AssertionError
            throw new SQLException("internal error: " + e, INTERNAL, e);
        }
    }

    static SQLException closed(String what) {
        return new SQLNonTransientConnectionException(what + " is closed", CONNECTION_CLOSED);
    }

    static SQLFeatureNotSupportedException unsupported(String feature) {
        return new SQLFeatureNotSupportedException(feature + " is not supported by AlienDB", NOT_SUPPORTED);
    }

    static SQLException invalidArgument(String message) {
        return new SQLException(message, INVALID_ARGUMENT);
    }

    static SQLException conversion(Object value, String target) {
        String shown = value instanceof byte[] b ? "a BLOB of " + b.length + " bytes" : "'" + value + "'";
        return new SQLException("cannot convert " + shown + " to " + target, CONVERSION);
    }
}
