package dev.aliendb.sql.session;

import dev.aliendb.sql.ColumnInfo;
import dev.aliendb.sql.SqlResult;
import java.sql.SQLException;
import java.util.List;

/**
 * A finished execution's result: the materialized rows of a query, or an update count with generated
 * keys. Materializing lets the statement end (and an autocommit transaction commit) before the caller
 * reads the rows, so open results never hold the engine's statement open.
 */
final class SessionResult implements SqlResult {
    private final boolean query;
    private final List<ColumnInfo> columns;
    private final List<Object[]> rows;
    private final long updateCount;
    private final List<Long> generatedKeys;
    private int position = -1;
    private boolean closed;

    SessionResult(boolean query, List<ColumnInfo> columns, List<Object[]> rows, long updateCount,
                  List<Long> generatedKeys) {
        this.query = query;
        this.columns = columns;
        this.rows = rows == null ? List.of() : rows;
        this.updateCount = updateCount;
        this.generatedKeys = generatedKeys;
    }

    @Override
    public boolean isQuery() {
        return query;
    }

    @Override
    public List<ColumnInfo> columns() {
        return columns;
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (position < rows.size()) {
            position++;
        }
        return position < rows.size();
    }

    @Override
    public Object get(int column) throws SQLException {
        checkOpen();
        if (position < 0 || position >= rows.size()) {
            throw new SQLException("no current row", "24000");
        }
        Object[] row = rows.get(position);
        if (column < 0 || column >= row.length) {
            throw new SQLException("column index out of range: " + column, "07009");
        }
        return row[column];
    }

    @Override
    public long updateCount() {
        return updateCount;
    }

    @Override
    public List<Long> generatedKeys() {
        return generatedKeys;
    }

    @Override
    public void close() {
        closed = true;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("result is closed", "24000");
        }
    }
}
