package dev.aliendb.engine.table;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.RowCursor;
import dev.aliendb.engine.record.RecordView;

/**
 * What the row cursors share: the current row id, and the current row's record parsed once on first use
 * (header only), so {@link #column} decodes a single column and {@link #row} all of them.
 */
abstract class PositionedRows implements RowCursor {
    protected final TableLayout layout;
    private long rowId;
    private RecordView view;

    PositionedRows(TableLayout layout) {
        this.layout = layout;
    }

    /** Whether the cursor stands on a row. */
    protected abstract boolean positioned();

    /** The stored record of the current row. */
    protected abstract byte[] payload() throws EngineException;

    protected final void moveTo(long rowId) {
        this.rowId = rowId;
        this.view = null;
    }

    @Override
    public final long rowId() {
        return rowId;
    }

    @Override
    public final Object[] row() throws EngineException {
        return layout.decode(rowId, view());
    }

    @Override
    public final Object column(int index) throws EngineException {
        return layout.column(rowId, view(), index);
    }

    private RecordView view() throws EngineException {
        if (!positioned()) {
            throw new EngineException("24000", "cursor is not positioned on a row");
        }
        if (view == null) {
            view = RecordView.of(payload());
        }
        return view;
    }
}
