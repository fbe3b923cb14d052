package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;

/**
 * Cells of a table tree. Leaf (type 0x0D): {@code i64 rowid | blob payload}. Interior (type 0x05):
 * {@code u32 child | i64 rowid}.
 */
final class TableCells extends CellFormat {
    static final int LEAF = 0x0D;
    static final int INTERIOR = 0x05;

    TableCells(Blob blob, int usable) {
        super(blob, usable, LEAF, INTERIOR, "a table");
    }

    @Override
    int minCell(boolean leaf) {
        return leaf ? 9 : 12;
    }

    @Override
    int leafCellSize(ByteBuffer b, int off, int pageNo) throws CorruptionException {
        return 8 + blob.size(b, off + 8, pageNo);
    }

    @Override
    int keySize(ByteBuffer b, int keyOff, int pageNo) {
        return 8;
    }

    @Override
    int blobOffset(int off, boolean leaf) {
        return leaf ? off + 8 : -1;
    }

    @Override
    byte[] keyBytes(ByteBuffer b, int keyOff, int pageNo) {
        byte[] key = new byte[8];
        ByteBuffer.wrap(key).putLong(b.getLong(keyOff) ^ Long.MIN_VALUE);
        return key;
    }

    @Override
    byte[] separator(byte[] leftLast, byte[] rightFirst) {
        byte[] key = new byte[8];
        System.arraycopy(leftLast, 0, key, 0, 8);
        return key;
    }

    /** Encodes a leaf cell, spilling a long payload to overflow pages. */
    byte[] leafCell(long rowId, byte[] payload) throws StorageException {
        byte[] cell = new byte[8 + blob.encodedSize(payload.length)];
        ByteBuffer.wrap(cell).putLong(0, rowId);
        blob.write(payload, cell, 8);
        return cell;
    }

    /** Probe for a row id; no allocation per comparison. */
    static final class RowIdProbe implements Probe {
        long rowId;

        @Override
        public int compareTo(ByteBuffer b, int keyOff, int pageNo) {
            return Long.compare(rowId, b.getLong(keyOff));
        }
    }
}
