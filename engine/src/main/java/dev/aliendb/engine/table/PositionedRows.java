package dev.aliendb.engine.table;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.RowCursor;
import dev.aliendb.engine.record.RecordView;

/**
 * What the row cursors share: the current row id, and the current row's record parsed once on first use
 * (header only), so {@link #column} decodes a single column and {@link #row} all of them. The cursor keeps
 * one {@link RecordView} for all its rows (re-pointed per row), so stepping allocates no header arrays.
 * {@link #row} returns a fresh array on every call.
 */
abstract class PositionedRows implements RowCursor {
    protected final TableLayout layout;
    private long rowId;
    private final RecordView view = new RecordView();
    private boolean parsed;

    PositionedRows(TableLayout layout) {
        this.layout = layout;
    }

    /** Whether the cursor stands on a row. */
    protected abstract boolean positioned();

    /** Points {@code view} at the stored record of the current row. */
    protected abstract void load(RecordView view) throws EngineException;

    protected final void moveTo(long rowId) {
        this.rowId = rowId;
        this.parsed = false;
    }

    @Override
    public final long rowId() {
        return rowId;
    }

    @Override
    public final Object[] row() throws EngineException {
        return layout.decode(rowId, view());
    }

    /** Reads the row-id alias column from the tree key without fetching or parsing the record. */
    @Override
    public final Object column(int index) throws EngineException {
        if (index == layout.def().rowIdColumn()) {
            checkPositioned();
            return rowId;
        }
        return layout.column(rowId, view(), index);
    }

    private void checkPositioned() throws EngineException {
        if (!positioned()) {
            throw new EngineException("24000", "cursor is not positioned on a row");
        }
    }

    private RecordView view() throws EngineException {
        checkPositioned();
        if (!parsed) {
            load(view);
            parsed = true;
        }
        return view;
    }
}
