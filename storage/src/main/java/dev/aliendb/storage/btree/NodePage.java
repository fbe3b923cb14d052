package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import dev.aliendb.storage.CorruptionException;

/**
 * The slotted layout shared by every B-tree node page (see docs/btree-format.md):
 * <pre>
 *   0  u8   page type          1  u8  reserved (0)
 *   2  u16  cell count         4  u16 start of the cell content area
 *   6  u16  garbage bytes (dead cell bytes inside the content area)
 *   8  u32  right-most child (interior pages; 0 on leaves)
 *  12  u16  cell pointer array, one offset per cell, in key order
 *  ... free gap ...  cell content area (cells in any order) ... end of usable space
 * </pre>
 * Invariant: {@code 12 + 2*count <= contentStart <= usable} and the live cells plus the garbage bytes
 * exactly cover {@code [contentStart, usable)}. Removing a cell turns its bytes into garbage; an insert
 * that does not fit into the gap compacts the page first. All integers are big-endian.
 * <p>
 * These are raw operations: callers validate the header with {@link CellFormat#checkHeader} first.
 */
final class NodePage {
    static final int TYPE = 0;
    static final int COUNT = 2;
    static final int CONTENT = 4;
    static final int GARBAGE = 6;
    static final int RIGHT = 8;
    static final int HEADER = 12;

    private NodePage() {
    }

    static void init(ByteBuffer b, int usable, int type) {
        b.put(TYPE, (byte) type);
        b.put(1, (byte) 0);
        b.putShort(COUNT, (short) 0);
        b.putShort(CONTENT, (short) usable);
        b.putShort(GARBAGE, (short) 0);
        b.putInt(RIGHT, 0);
    }

    static int type(ByteBuffer b) {
        return b.get(TYPE) & 0xff;
    }

    static int count(ByteBuffer b) {
        return b.getShort(COUNT) & 0xffff;
    }

    static int contentStart(ByteBuffer b) {
        return b.getShort(CONTENT) & 0xffff;
    }

    static int garbage(ByteBuffer b) {
        return b.getShort(GARBAGE) & 0xffff;
    }

    static int rightChild(ByteBuffer b) {
        return b.getInt(RIGHT);
    }

    static void setRightChild(ByteBuffer b, int child) {
        b.putInt(RIGHT, child);
    }

    static int pointer(ByteBuffer b, int i) {
        return b.getShort(HEADER + 2 * i) & 0xffff;
    }

    /** Bytes taken by cells and their pointers (what would have to move to another page). */
    static int used(ByteBuffer b, int usable) {
        return usable - contentStart(b) - garbage(b) + 2 * count(b);
    }

    /** Bytes available to cells and pointers in an empty page. */
    static int capacity(int usable) {
        return usable - HEADER;
    }

    /**
     * Inserts {@code cell} as the {@code i}-th cell, compacting the page if the gap is too small.
     * Returns false (page unchanged) when it does not fit at all.
     */
    static boolean insert(ByteBuffer b, int usable, int i, byte[] cell, CellFormat format, int pageNo)
            throws CorruptionException {
        int count = count(b);
        int content = contentStart(b);
        int need = cell.length + 2;
        int pointerEnd = HEADER + 2 * count;
        if (content - pointerEnd + garbage(b) < need) {
            return false;
        }
        if (content - pointerEnd < need) {
            content = defragment(b, usable, format, pageNo);
        }
        content -= cell.length;
        b.put(content, cell);
        for (int j = count; j > i; j--) {
            b.putShort(HEADER + 2 * j, b.getShort(HEADER + 2 * j - 2));
        }
        b.putShort(HEADER + 2 * i, (short) content);
        b.putShort(COUNT, (short) (count + 1));
        b.putShort(CONTENT, (short) content);
        return true;
    }

    /** Removes the {@code i}-th cell, whose size is {@code size}. */
    static void remove(ByteBuffer b, int usable, int i, int size) {
        int count = count(b);
        int offset = pointer(b, i);
        for (int j = i; j < count - 1; j++) {
            b.putShort(HEADER + 2 * j, b.getShort(HEADER + 2 * j + 2));
        }
        b.putShort(COUNT, (short) (count - 1));
        if (count == 1) {
            b.putShort(CONTENT, (short) usable);
            b.putShort(GARBAGE, (short) 0);
        } else if (offset == contentStart(b)) {
            b.putShort(CONTENT, (short) (offset + size));
        } else {
            b.putShort(GARBAGE, (short) (garbage(b) + size));
        }
    }

    /** Moves all cells to the end of the page, leaving no garbage; returns the new content start. */
    static int defragment(ByteBuffer b, int usable, CellFormat format, int pageNo) throws CorruptionException {
        int count = count(b);
        boolean leaf = format.isLeaf(b);
        byte[] packed = new byte[usable];
        int top = usable;
        int pointerEnd = HEADER + 2 * count;
        for (int j = 0; j < count; j++) {
            int offset = format.cellOffset(b, j, count, leaf, pageNo);
            int size = format.cellSize(b, offset, leaf, pageNo);
            top -= size;
            if (top < pointerEnd) {
                throw new CorruptionException(pageNo, "cells overlap or exceed the page");
            }
            b.get(offset, packed, top, size);
            b.putShort(HEADER + 2 * j, (short) top);
        }
        b.put(top, packed, top, usable - top);
        b.putShort(CONTENT, (short) top);
        b.putShort(GARBAGE, (short) 0);
        return top;
    }

    /** Copies every cell of the page out, in key order. */
    static List<byte[]> cells(ByteBuffer b, CellFormat format, int pageNo) throws CorruptionException {
        int count = format.checkHeader(b, pageNo);
        boolean leaf = format.isLeaf(b);
        List<byte[]> cells = new ArrayList<>(count + 1);
        for (int j = 0; j < count; j++) {
            int offset = format.cellOffset(b, j, count, leaf, pageNo);
            byte[] cell = new byte[format.cellSize(b, offset, leaf, pageNo)];
            b.get(offset, cell);
            cells.add(cell);
        }
        return cells;
    }

    /** Rewrites the page to hold exactly {@code cells[from, to)} (which must fit) and the given right child. */
    static void rebuild(ByteBuffer b, int usable, int type, List<byte[]> cells, int from, int to, int right,
                        int pageNo) throws CorruptionException {
        if (sizeOf(cells, from, to) > capacity(usable)) {
            throw new CorruptionException(pageNo, "cells do not fit into the page (free space miscounted)");
        }
        init(b, usable, type);
        int content = usable;
        for (int j = from; j < to; j++) {
            byte[] cell = cells.get(j);
            content -= cell.length;
            b.put(content, cell);
            b.putShort(HEADER + 2 * (j - from), (short) content);
        }
        b.putShort(COUNT, (short) (to - from));
        b.putShort(CONTENT, (short) content);
        setRightChild(b, right);
    }

    /** Bytes that {@code cells[from, to)} take in a page, pointers included. */
    static int sizeOf(List<byte[]> cells, int from, int to) {
        int size = 0;
        for (int j = from; j < to; j++) {
            size += cells.get(j).length + 2;
        }
        return size;
    }
}
