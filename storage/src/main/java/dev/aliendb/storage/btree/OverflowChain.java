package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.page.PageAccess;

/**
 * Chains of overflow pages holding the part of a value that does not fit into its cell. Page layout:
 * <pre>
 *   0 u8 type 0x0F   1 u8 reserved   2 u16 bytes used on this page   4 u32 next page (0 = last)   8 data
 * </pre>
 * Every page of a chain is full except the last, so a chain for {@code n} bytes has exactly
 * {@code ceil(n / (usable - 8))} pages. Walking a chain checks each page against that, which bounds the
 * walk (no loop on a cyclic chain) and catches wrong lengths.
 */
final class OverflowChain {
    static final int TYPE = 0x0F;
    static final int HEADER = 8;

    /** What to do with each page of a chain while walking it. */
    interface PageVisitor {
        void visit(int pageNo) throws StorageException;
    }

    private OverflowChain() {
    }

    static int capacity(int usable) {
        return usable - HEADER;
    }

    /** Writes {@code data[from, from+len)} (len > 0) to fresh pages; returns the first page number. */
    static int write(PageAccess pages, byte[] data, int from, int len) throws StorageException {
        int capacity = capacity(pages.usableSize());
        int first = 0;
        Page previous = null;
        try {
            for (int pos = from, end = from + len; pos < end; ) {
                Page page = pages.allocate();
                int n = Math.min(capacity, end - pos);
                ByteBuffer b = page.buffer();
                b.put(0, (byte) TYPE);
                b.put(1, (byte) 0);
                b.putShort(2, (short) n);
                b.putInt(4, 0);
                b.put(HEADER, data, pos, n);
                if (previous == null) {
                    first = page.number();
                } else {
                    previous.buffer().putInt(4, page.number());
                    previous.close();
                }
                previous = page;
                pos += n;
            }
        } finally {
            if (previous != null) {
                previous.close();
            }
        }
        return first;
    }

    /**
     * Walks the chain of {@code len} bytes starting at {@code first}, copying its bytes to
     * {@code dest[destOff..]} when {@code dest} is not null and calling {@code visitor} (if any) for each
     * page after it is unpinned. {@code owner} is the node page holding the cell, for error messages.
     */
    static void walk(PageAccess pages, int owner, int first, long len, byte[] dest, int destOff,
                     PageVisitor visitor) throws StorageException {
        int capacity = capacity(pages.usableSize());
        int pageNo = first;
        long remaining = len;
        int pos = destOff;
        while (remaining > 0) {
            if (pageNo < 2 || pageNo > pages.pageCount()) {
                throw new CorruptionException(owner, "overflow page " + pageNo + " out of range");
            }
            int expected = (int) Math.min(capacity, remaining);
            int next;
            try (Page page = pages.read(pageNo)) {
                ByteBuffer b = page.buffer();
                if ((b.get(0) & 0xff) != TYPE) {
                    throw new CorruptionException(pageNo, "not an overflow page (type " + (b.get(0) & 0xff) + ")");
                }
                int used = b.getShort(2) & 0xffff;
                if (used != expected) {
                    throw new CorruptionException(pageNo, "overflow page holds " + used + " bytes, " + expected + " expected");
                }
                next = b.getInt(4);
                if (dest != null) {
                    b.get(HEADER, dest, pos, used);
                }
            }
            if (visitor != null) {
                visitor.visit(pageNo);
            }
            remaining -= expected;
            pos += expected;
            if (remaining == 0 && next != 0) {
                throw new CorruptionException(pageNo, "overflow chain longer than its value");
            }
            pageNo = next;
        }
    }
}
