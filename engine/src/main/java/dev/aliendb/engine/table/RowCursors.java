package dev.aliendb.engine.table;

import dev.aliendb.engine.EngineException;

/** Errors shared by the row cursors. */
final class RowCursors {
    private RowCursors() {
    }

    static EngineException notOnRow() {
        return new EngineException("24000", "cursor is not positioned on a row");
    }
}
