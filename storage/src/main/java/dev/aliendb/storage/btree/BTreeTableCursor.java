package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;

import dev.aliendb.storage.StorageException;

/** {@link TableCursor} over a {@link BTree} of {@link TableCells}; caches the row id of the current row. */
final class BTreeTableCursor extends TreeCursor implements TableCursor {
    private final TableCells.RowIdProbe probe = new TableCells.RowIdProbe();
    private long rowId;

    BTreeTableCursor(BTree tree) {
        super(tree);
    }

    @Override
    void landed(ByteBuffer leaf, int off) {
        rowId = leaf.getLong(off);
    }

    @Override
    public boolean seek(long rowId) throws StorageException {
        probe.rowId = rowId;
        return seekProbe(probe);
    }

    @Override
    public boolean seekAtOrBefore(long rowId) throws StorageException {
        probe.rowId = rowId;
        return seekAtOrBeforeProbe(probe);
    }

    @Override
    public long rowId() {
        if (!valid()) {
            throw new IllegalStateException("cursor is not positioned on a row");
        }
        return rowId;
    }

    @Override
    public byte[] payload() throws StorageException {
        return currentBlob(8);
    }

    @Override
    public int payloadInto(byte[] buffer) throws StorageException {
        return currentBlobInto(8, buffer);
    }
}
