package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;

/**
 * The cells of one kind of tree. Leaf cells start with the key; interior cells are
 * {@code u32 left child | key}, and every key in that child is &lt;= the cell's key, every key in the
 * next child (or the right-most child) is greater. Subclasses define the key and the leaf cell layout.
 */
abstract class CellFormat {
    /** Offset of the key inside an interior cell. */
    static final int CHILD = 4;

    final Blob blob;
    final int usable;
    private final int leafType;
    private final int interiorType;
    private final String kind;

    CellFormat(Blob blob, int usable, int leafType, int interiorType, String kind) {
        this.blob = blob;
        this.usable = usable;
        this.leafType = leafType;
        this.interiorType = interiorType;
        this.kind = kind;
    }

    final int leafType() {
        return leafType;
    }

    final int interiorType() {
        return interiorType;
    }

    /** Smallest possible cell, so that a cell offset can be checked before its key is read. */
    abstract int minCell(boolean leaf);

    /** Size of the leaf cell at {@code off}, checked to lie within the page. */
    abstract int leafCellSize(ByteBuffer b, int off, int pageNo) throws CorruptionException;

    /** Size of the key at {@code keyOff} of an interior cell, checked to lie within the page. */
    abstract int keySize(ByteBuffer b, int keyOff, int pageNo) throws CorruptionException;

    /** Offset of the spillable blob in the cell at {@code off}, or -1 when the cell has none. */
    abstract int blobOffset(int off, boolean leaf);

    /** The key at {@code keyOff} as bytes whose unsigned order is the key order (for checks, not the hot path). */
    abstract byte[] keyBytes(ByteBuffer b, int keyOff, int pageNo) throws StorageException;

    /**
     * The key of a new parent cell separating two adjacent leaf cells (a leaf split): any key K with
     * leftLast &lt;= K &lt; rightFirst, encoded as stored after the child pointer (may write overflow pages).
     */
    abstract byte[] separator(byte[] leftLast, byte[] rightFirst) throws StorageException;

    final boolean isLeaf(ByteBuffer b) {
        return NodePage.type(b) == leafType;
    }

    /** Checks the page header; returns the cell count. */
    final int checkHeader(ByteBuffer b, int pageNo) throws CorruptionException {
        int type = NodePage.type(b);
        if (type != leafType && type != interiorType) {
            throw new CorruptionException(pageNo, "not a page of " + kind + " tree (type " + type + ")");
        }
        int count = NodePage.count(b);
        int content = NodePage.contentStart(b);
        if (NodePage.HEADER + 2 * count > content || content > usable) {
            throw new CorruptionException(pageNo, "cell count " + count + " and content start " + content
                    + " do not fit the page");
        }
        if (NodePage.garbage(b) > usable - content) {
            throw new CorruptionException(pageNo, "free byte count " + NodePage.garbage(b) + " too large");
        }
        return count;
    }

    /** Offset of cell {@code i}, checked to lie past the pointer array and leave room for a minimal cell. */
    final int cellOffset(ByteBuffer b, int i, int count, boolean leaf, int pageNo) throws CorruptionException {
        int off = NodePage.pointer(b, i);
        if (off < NodePage.HEADER + 2 * count || off + minCell(leaf) > usable) {
            throw new CorruptionException(pageNo, "cell " + i + " has bad offset " + off);
        }
        return off;
    }

    final int cellSize(ByteBuffer b, int off, boolean leaf, int pageNo) throws CorruptionException {
        return leaf ? leafCellSize(b, off, pageNo) : CHILD + keySize(b, off + CHILD, pageNo);
    }

    /** Frees the overflow pages owned by the cell at {@code off}. */
    final void freeOverflow(ByteBuffer b, int off, boolean leaf, int pageNo) throws StorageException {
        int blobOff = blobOffset(off, leaf);
        if (blobOff >= 0) {
            blob.free(b, blobOff, pageNo);
        }
    }

    /** Interior cell {@code child | key} built from a key encoding. */
    static byte[] interiorCell(int child, byte[] key, int keyOff) {
        byte[] cell = new byte[CHILD + key.length - keyOff];
        ByteBuffer.wrap(cell).putInt(0, child);
        System.arraycopy(key, keyOff, cell, CHILD, key.length - keyOff);
        return cell;
    }
}
