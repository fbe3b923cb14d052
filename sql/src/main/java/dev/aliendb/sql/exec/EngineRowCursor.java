package dev.aliendb.sql.exec;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.RowCursor;
import java.sql.SQLException;

/** Adapts an engine {@link RowCursor} to a {@link TableRowCursor}, copying each row and ticking the control. */
final class EngineRowCursor implements TableRowCursor {
    private final RowCursor cursor;
    private final ExecContext ctx;

    EngineRowCursor(RowCursor cursor, ExecContext ctx) {
        this.cursor = cursor;
        this.ctx = ctx;
    }

    @Override
    public Object[] next() throws SQLException {
        ctx.tick();
        try {
            return cursor.next() ? cursor.row().clone() : null;
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
