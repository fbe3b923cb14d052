package dev.aliendb.engine.table;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.core.Errors;
import dev.aliendb.engine.record.KeyCodec;
import dev.aliendb.engine.record.MalformedRecordException;
import dev.aliendb.engine.record.RecordView;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.btree.IndexCursor;
import dev.aliendb.storage.btree.IndexTree;
import java.util.Arrays;

/**
 * Rows whose index keys lie in [start, stop) (byte order; a null bound is open), in index order. Like
 * {@link TableRows} it reopens after changes by its own session, continuing after the last key returned.
 * Each row is fetched from the table by the row id at the end of the key.
 */
final class IndexRows extends PositionedRows {
    private final TxnContext ctx;
    private final Trees trees;
    private final IndexDef index;
    private final byte[] start;
    private final byte[] stop;
    private IndexTree tree;
    private IndexCursor cursor;
    private long seenChanges;
    private byte[] key;
    private boolean done;

    IndexRows(TxnContext ctx, Trees trees, TableLayout layout, IndexDef index, byte[] start, byte[] stop) {
        super(layout);
        this.ctx = ctx;
        this.trees = trees;
        this.index = index;
        this.start = start;
        this.stop = stop;
    }

    @Override
    public boolean next() throws EngineException {
        if (done) {
            return false;
        }
        try {
            boolean on;
            IndexTree current = trees.index(index);
            if (key == null || current != tree || seenChanges != ctx.changeCount()) {
                reopen(current);
                byte[] from = key != null ? key : start;
                on = from == null ? cursor.first() : cursor.seek(from);
                if (on && key != null && Arrays.equals(cursor.key(), key)) {
                    on = cursor.next();
                }
            } else {
                on = cursor.next();
            }
            if (!on) {
                return finish();
            }
            byte[] k = cursor.key();
            if (stop != null && Arrays.compareUnsigned(k, stop) >= 0) {
                return finish();
            }
            key = k;
            moveTo(KeyCodec.rowId(k));
            return true;
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    private void reopen(IndexTree current) throws StorageException {
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
        view.point(payload());
    }

    private byte[] payload() throws EngineException {
        try {
            byte[] payload = trees.table().get(rowId());
            if (payload == null && seenChanges != ctx.changeCount()) {
                throw new EngineException("24000", "row " + rowId() + " was deleted after the cursor reached it");
            }
            if (payload == null) {
                throw new MalformedRecordException("index " + index.name() + " refers to missing row " + rowId());
            }
            return payload;
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
