package dev.aliendb.engine.table;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.core.Errors;
import dev.aliendb.engine.record.RecordView;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.btree.TableCursor;
import dev.aliendb.storage.btree.TableTree;

/**
 * Rows of a table tree with row ids in [low, high], ascending. Survives changes made by its own session
 * while open: when the session changed data or switched page view since the cursor last moved, it reopens
 * and continues after the last row id it returned (and reads the current row by id, not from the stale
 * position). The payload read from the cursor goes into one buffer reused for every row.
 */
final class TableRows extends PositionedRows {
    private final TxnContext ctx;
    private final Trees trees;
    private final long low;
    private final long high;
    private TableTree tree;
    private TableCursor cursor;
    private long seenChanges;
    private boolean started;
    private boolean done;
    /** The current row's payload when read from the cursor (reused for every row). */
    private byte[] buffer = new byte[256];

    TableRows(TxnContext ctx, Trees trees, TableLayout layout, long low, long high) {
        super(layout);
        this.ctx = ctx;
        this.trees = trees;
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
                if (started && rowId() == Long.MAX_VALUE) {
                    return finish();
                }
                long from = started ? rowId() + 1 : low;
                reopen(current);
                on = cursor.seek(from);
            } else {
                on = cursor.next();
            }
            started = true;
            if (!on || cursor.rowId() > high) {
                return finish();
            }
            moveTo(cursor.rowId());
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
    protected boolean positioned() {
        return cursor != null;
    }

    @Override
    protected void load(RecordView view) throws EngineException {
        try {
            TableTree current = trees.table();
            if (current == tree && seenChanges == ctx.changeCount()) {
                int n = cursor.payloadInto(buffer);
                if (n < 0) {
                    buffer = new byte[Math.max(-n, 2 * buffer.length)];
                    n = cursor.payloadInto(buffer);
                }
                view.point(buffer, n);
                return;
            }
            byte[] payload = current.get(rowId());
            if (payload == null) {
                throw new EngineException("24000", "row " + rowId() + " was deleted after the cursor reached it");
            }
            view.point(payload);
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
