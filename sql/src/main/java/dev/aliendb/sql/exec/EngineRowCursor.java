package dev.aliendb.sql.exec;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.RowCursor;
import java.sql.SQLException;

/**
 * Adapts an engine {@link RowCursor} to a {@link TableRowCursor}, ticking the control per row. Every row it
 * returns is a fresh array of the table's full width; with a column subset only those columns are decoded
 * (the engine decodes single columns on demand) and the others are left NULL, which is safe because the
 * planner proved nothing above reads them.
 */
final class EngineRowCursor implements TableRowCursor {
    private final RowCursor cursor;
    private final ExecContext ctx;
    private final int[] columns;
    private final int width;

    /**
     * @param columns the columns to decode, or null for all
     * @param width   the table's column count (used with a subset)
     */
    EngineRowCursor(RowCursor cursor, ExecContext ctx, int[] columns, int width) {
        this.cursor = cursor;
        this.ctx = ctx;
        this.columns = columns;
        this.width = width;
    }

    /** A cursor over the columns {@code columns} (null = all) of table {@code table}. */
    static EngineRowCursor over(RowCursor cursor, ExecContext ctx, String table, int[] columns) throws SQLException {
        return new EngineRowCursor(cursor, ctx, columns, columns == null ? 0 : ctx.table(table).def().columns().size());
    }

    @Override
    public Object[] next() throws SQLException {
        ctx.tick();
        try {
            if (!cursor.next()) {
                return null;
            }
            if (columns == null) {
                return cursor.row().clone();
            }
            Object[] row = new Object[width];
            for (int c : columns) {
                row[c] = cursor.column(c);
            }
            return row;
        } catch (EngineException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public long rowId() {
        return cursor.rowId();
    }

    @Override
    public void close() {
        cursor.close();
    }
}
