package dev.aliendb.jdbc;

import java.sql.SQLException;

/**
 * The row source behind a result set. Positions are JDBC row numbers: 0 before the first row, 1..n on a row,
 * n+1 after the last. Forward-only sources support {@link #next()} and the position queries answerable
 * without look-ahead; the scroll operations fail with 24000 unless the source is materialised.
 */
interface Rows {
    boolean next() throws SQLException;

    /** Value of column {@code column} (0-based) of the current row; the caller checked the position. */
    Object get(int column) throws SQLException;

    /** Current row number, 0 when not on a row. */
    int row();

    boolean onRow();

    boolean isBeforeFirst() throws SQLException;

    boolean isAfterLast() throws SQLException;

    boolean isFirst() throws SQLException;

    default boolean isLast() throws SQLException {
        throw forwardOnly();
    }

    default boolean absolute(int row) throws SQLException {
        throw forwardOnly();
    }

    default boolean relative(int rows) throws SQLException {
        throw forwardOnly();
    }

    default boolean previous() throws SQLException {
        throw forwardOnly();
    }

    default void beforeFirst() throws SQLException {
        throw forwardOnly();
    }

    default void afterLast() throws SQLException {
        throw forwardOnly();
    }

    /** Releases what the source holds (cursor, transaction); idempotent. */
    void close() throws SQLException;

    static SQLException forwardOnly() {
        return new SQLException("result set is TYPE_FORWARD_ONLY (create the statement with "
                + "TYPE_SCROLL_INSENSITIVE to scroll)", SqlErrors.INVALID_CURSOR_STATE);
    }
}
