package dev.aliendb.engine.table;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.RowCursor;
import dev.aliendb.engine.TableAccess;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.core.Errors;
import dev.aliendb.engine.record.KeyCodec;
import dev.aliendb.engine.record.SqlValues;
import dev.aliendb.storage.StorageException;
import java.util.List;

/**
 * {@link TableAccess} over one table as the session's catalog describes it. Reads go through the session's
 * current view ({@link TxnContext#readTxn}); writes through {@link TableWriter}. Index-range bounds are
 * prefixes of the index's values in index order (for a DESC column the low bound is the larger value).
 */
public final class TableAccessImpl implements TableAccess {
    private final TxnContext ctx;
    private final TableLayout layout;
    private final List<IndexDef> indexes;
    private final Trees trees;
    private final TableWriter writer;

    public TableAccessImpl(TxnContext ctx, TableDef def, List<IndexDef> indexes, Long sequenceRowId) {
        this.ctx = ctx;
        this.layout = new TableLayout(def);
        this.indexes = indexes;
        this.trees = new Trees(ctx, def);
        this.writer = new TableWriter(ctx, trees, layout, indexes, sequenceRowId);
    }

    @Override
    public TableDef def() {
        return layout.def();
    }

    @Override
    public RowCursor scan() throws EngineException {
        ctx.reading(def().rootPage(), Long.MIN_VALUE, Long.MAX_VALUE);
        return new TableRows(ctx, trees, layout, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public RowCursor rowIdRange(Long low, boolean lowInclusive, Long high, boolean highInclusive) throws EngineException {
        long from = low == null ? Long.MIN_VALUE : low;
        long to = high == null ? Long.MAX_VALUE : high;
        boolean empty = low != null && !lowInclusive && from == Long.MAX_VALUE
                || high != null && !highInclusive && to == Long.MIN_VALUE;
        if (low != null && !lowInclusive && !empty) {
            from++;
        }
        if (high != null && !highInclusive && !empty) {
            to--;
        }
        if (!empty) {
            ctx.reading(def().rootPage(), from, to);
        }
        return new TableRows(ctx, trees, layout, empty ? 1 : from, empty ? 0 : to);
    }

    @Override
    public Object[] get(long rowId) throws EngineException {
        ctx.reading(def().rootPage(), rowId, rowId);
        try {
            byte[] payload = trees.table().get(rowId);
            return payload == null ? null : layout.decode(rowId, payload);
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    @Override
    public RowCursor indexRange(String indexName, Object[] low, boolean lowInclusive, Object[] high, boolean highInclusive)
            throws EngineException {
        IndexDef index = index(indexName);
        byte[] start = null;
        byte[] stop = null;
        if (low != null) {
            byte[] p = bound(index, low);
            start = lowInclusive ? p : KeyCodec.successor(p);
            if (start == null) {
                return new NoRows();
            }
        }
        ctx.reading(def().rootPage(), Long.MIN_VALUE, Long.MAX_VALUE); // index key ranges are not tracked
        if (high != null) {
            byte[] p = bound(index, high);
            stop = highInclusive ? KeyCodec.successor(p) : p;
        }
        return new IndexRows(ctx, trees, layout, index, start, stop);
    }

    /** The table's index named {@code name} (case-insensitive): a loop, this runs once per index lookup. */
    private IndexDef index(String name) throws EngineException {
        for (IndexDef index : indexes) {
            if (index.name().equalsIgnoreCase(name)) {
                return index;
            }
        }
        throw new EngineException("42S12", "no such index: " + name + " on table " + def().name());
    }

    private static byte[] bound(IndexDef index, Object[] values) throws EngineException {
        if (values.length > index.columns().size()) {
            throw new EngineException("07009", "bound has " + values.length + " values but index " + index.name()
                    + " has " + index.columns().size() + " columns");
        }
        Object[] normalized = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            normalized[i] = SqlValues.normalize(values[i]);
        }
        return KeyCodec.prefix(normalized, normalized.length, index.descending());
    }

    @Override
    public long insert(Object[] row, ConflictAction onConflict) throws EngineException {
        return writer.insert(row, onConflict);
    }

    @Override
    public void update(long rowId, Object[] newRow, ConflictAction onConflict) throws EngineException {
        writer.update(rowId, newRow, onConflict);
    }

    @Override
    public boolean delete(long rowId) throws EngineException {
        return writer.delete(rowId);
    }
}
