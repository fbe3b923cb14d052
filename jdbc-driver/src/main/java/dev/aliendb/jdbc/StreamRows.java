package dev.aliendb.jdbc;

import dev.aliendb.sql.SqlResult;
import java.sql.SQLException;

/**
 * Forward-only rows pulled from the SQL layer's cursor one at a time. The cursor is closed as soon as it is
 * exhausted or {@code maxRows} rows were read, which ends the statement (and, in autocommit mode, its
 * transaction) without waiting for the application to close the result set.
 */
final class StreamRows implements Rows {
    private final SqlResult result;
    private final long maxRows;
    private int row;
    private boolean afterLast;
    private boolean closed;

    /** @param maxRows 0 for no limit */
    StreamRows(SqlResult result, long maxRows) {
        this.result = result;
        this.maxRows = maxRows;
    }

    @Override
    public boolean next() throws SQLException {
        if (afterLast) {
            return false;
        }
        if ((maxRows > 0 && row >= maxRows) || !SqlErrors.guard(result::next)) {
            afterLast = true;
            close();
            return false;
        }
        row++;
        return true;
    }

    @Override
    public Object get(int column) throws SQLException {
        return SqlErrors.guard(() -> result.get(column));
    }

    @Override
    public int row() {
        return afterLast ? 0 : row;
    }

    @Override
    public boolean onRow() {
        return row > 0 && !afterLast;
    }

    @Override
    public boolean isBeforeFirst() {
        return row == 0 && !afterLast;
    }

    @Override
    public boolean isAfterLast() {
        return afterLast && row > 0;
    }

    @Override
    public boolean isFirst() {
        return row == 1 && !afterLast;
    }

    @Override
    public void close() throws SQLException {
        if (!closed) {
            closed = true;
            SqlErrors.run(result::close);
        }
    }
}
