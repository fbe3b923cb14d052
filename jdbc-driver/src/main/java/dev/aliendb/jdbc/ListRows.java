package dev.aliendb.jdbc;

import dev.aliendb.sql.SqlResult;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows held in memory: the materialised result of a TYPE_SCROLL_INSENSITIVE query, generated keys, and
 * DatabaseMetaData answers. Supports every scroll operation. {@code position} is the JDBC row number
 * (0 = before first, size+1 = after last).
 */
final class ListRows implements Rows {
    private final List<Object[]> rows;
    private int position;

    ListRows(List<Object[]> rows) {
        this.rows = rows;
    }

    /** Reads the whole cursor (at most {@code maxRows} rows, 0 = all) and closes it. */
    static ListRows materialise(SqlResult result, int columns, long maxRows) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (result) {
            SqlErrors.guard(() -> {
                while ((maxRows == 0 || rows.size() < maxRows) && result.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = result.get(i);
                    }
                    rows.add(row);
                }
                return null;
            });
        }
        return new ListRows(rows);
    }

    @Override
    public boolean next() {
        if (position <= rows.size()) {
            position++;
        }
        return onRow();
    }

    @Override
    public Object get(int column) {
        return rows.get(position - 1)[column];
    }

    @Override
    public int row() {
        return onRow() ? position : 0;
    }

    @Override
    public boolean onRow() {
        return position >= 1 && position <= rows.size();
    }

    @Override
    public boolean isBeforeFirst() {
        return position == 0 && !rows.isEmpty();
    }

    @Override
    public boolean isAfterLast() {
        return position > rows.size() && !rows.isEmpty();
    }

    @Override
    public boolean isFirst() {
        return position == 1 && !rows.isEmpty();
    }

    @Override
    public boolean isLast() {
        return position == rows.size() && !rows.isEmpty();
    }

    @Override
    public boolean absolute(int row) {
        int target = row >= 0 ? row : rows.size() + 1 + row;
        position = Math.max(0, Math.min(target, rows.size() + 1));
        return onRow();
    }

    @Override
    public boolean relative(int delta) {
        long target = (long) position + delta;
        position = (int) Math.max(0, Math.min(target, rows.size() + 1L));
        return onRow();
    }

    @Override
    public boolean previous() {
        if (position > 0) {
            position--;
        }
        return onRow();
    }

    @Override
    public void beforeFirst() {
        position = 0;
    }

    @Override
    public void afterLast() {
        position = rows.size() + 1;
    }

    @Override
    public void close() {
        // nothing held outside the heap
    }
}
