package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;
import java.util.Arrays;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;

/**
 * Cells of an index tree. Leaf (type 0x0A): {@code blob key}. Interior (type 0x02): {@code u32 child |
 * blob separator}. Separators are the shortest byte strings between the neighbouring leaf keys (suffix
 * truncation), so interior pages stay dense even for long keys.
 */
final class IndexCells extends CellFormat {
    static final int LEAF = 0x0A;
    static final int INTERIOR = 0x02;

    IndexCells(Blob blob, int usable) {
        super(blob, usable, LEAF, INTERIOR, "an index");
    }

    @Override
    int minCell(boolean leaf) {
        return leaf ? 1 : CHILD + 1;
    }

    @Override
    int leafCellSize(ByteBuffer b, int off, int pageNo) throws CorruptionException {
        return blob.size(b, off, pageNo);
    }

    @Override
    int keySize(ByteBuffer b, int keyOff, int pageNo) throws CorruptionException {
        return blob.size(b, keyOff, pageNo);
    }

    @Override
    int blobOffset(int off, boolean leaf) {
        return leaf ? off : off + CHILD;
    }

    @Override
    byte[] keyBytes(ByteBuffer b, int keyOff, int pageNo) throws StorageException {
        return blob.read(b, keyOff, pageNo);
    }

    @Override
    byte[] separator(byte[] leftLast, byte[] rightFirst) throws StorageException {
        byte[] low = blob.read(ByteBuffer.wrap(leftLast), 0, 0);
        byte[] high = blob.read(ByteBuffer.wrap(rightFirst), 0, 0);
        int common = Arrays.mismatch(low, high);
        byte[] sep = common >= 0 && common + 1 < high.length ? Arrays.copyOf(high, common + 1) : low;
        return leafCell(sep);
    }

    /** Encodes a key as a leaf cell (also the key part of an interior cell), spilling as needed. */
    byte[] leafCell(byte[] key) throws StorageException {
        byte[] cell = new byte[blob.encodedSize(key.length)];
        blob.write(key, cell, 0);
        return cell;
    }

    /** Probe for a key; reads overflow pages only when the local prefixes are equal. */
    static final class KeyProbe implements Probe {
        private final Blob blob;
        byte[] key;

        KeyProbe(Blob blob) {
            this.blob = blob;
        }

        @Override
        public int compareTo(ByteBuffer b, int keyOff, int pageNo) throws StorageException {
            return blob.compare(key, b, keyOff, pageNo);
        }
    }
}
