package dev.aliendb.engine.table;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.RowCursor;
import dev.aliendb.engine.core.Errors;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.btree.TableCursor;
import dev.aliendb.storage.btree.TableTree;

/**
 * Rows of a table tree with row ids in [low, high], ascending. Survives changes made by its own session
 * while open: when the session changed data or switched page view since the cursor last moved, it reopens
 * and continues after the last row id it returned.
 */
final class TableRows implements RowCursor {
    private final TxnContext ctx;
    private final Trees trees;
    private final TableLayout layout;
    private final long low;
    private final long high;
    private TableTree tree;
    private TableCursor cursor;
    private long seenChanges;
    private long rowId;
    private boolean started;
    private boolean done;

    TableRows(TxnContext ctx, Trees trees, TableLayout layout, long low, long high) {
        this.ctx = ctx;
        this.trees = trees;
        this.layout = layout;
        this.low = low;
        this.high = high;
        this.done = low > high;
    }

    @Override
    public boolean next() throws EngineException {
        if (done) {
            return false;
        }
        try {
            boolean on;
            TableTree current = trees.table();
            if (!started || current != tree || seenChanges != ctx.changeCount()) {
                if (started && rowId == Long.MAX_VALUE) {
                    return finish();
                }
                long from = started ? rowId + 1 : low;
                reopen(current);
                on = cursor.seek(from);
            } else {
                on = cursor.next();
            }
            started = true;
            if (!on || cursor.rowId() > high) {
                return finish();
            }
            rowId = cursor.rowId();
            return true;
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    private void reopen(TableTree current) throws StorageException {
        close();
        tree = current;
        cursor = current.cursor();
        seenChanges = ctx.changeCount();
    }

    private boolean finish() {
        done = true;
        close();
        return false;
    }

    @Override
    public long rowId() {
        return rowId;
    }

    @Override
    public Object[] row() throws EngineException {
        try {
            return layout.decode(rowId, cursor.payload());
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}
