package dev.aliendb.engine.table;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.RowCursor;

/** The cursor of an empty range (e.g. an exclusive bound above every possible key). */
final class NoRows implements RowCursor {
    @Override
    public boolean next() {
        return false;
    }

    @Override
    public long rowId() {
        return 0;
    }

    @Override
    public Object[] row() throws EngineException {
        throw new EngineException("24000", "cursor is not positioned on a row");
    }

    @Override
    public void close() {
        // nothing to release
    }
}
