package dev.aliendb.storage.pager;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;
import java.nio.ByteBuffer;

/**
 * The free-page list: a chain of trunk pages starting at the header's free-list head. A trunk page's
 * usable bytes hold: next trunk (4 bytes, 0 = end), leaf count n (4), then n leaf page numbers (4 each).
 * The header also counts all free pages (trunks and leaves). {@link #allocate} reuses the last leaf of the
 * first trunk, then the trunk itself, and extends the file only when the list is empty. Every number read
 * from a trunk is range-checked, so a damaged list gives a {@link CorruptionException} naming the page
 * instead of handing out a page twice or reading out of range.
 */
final class FreeList {
    private FreeList() {
    }

    static int leafCapacity(int usableSize) {
        return (usableSize - 8) / 4;
    }

    /** Takes a free page or extends the file; returns its number (the caller zero-fills it). */
    static int allocate(WriteTransaction txn) throws StorageException {
        ByteBuffer header = txn.headerForWrite();
        int pageCount = FileHeader.pageCount(header);
        int head = FileHeader.freeHead(header);
        if (head == 0) {
            if (pageCount == Integer.MAX_VALUE) {
                throw new StorageException("53100", "database or disk is full: page count limit reached");
            }
            FileHeader.setPageCount(header, pageCount + 1);
            return pageCount + 1;
        }
        checkPage(1, "free-list head", head, pageCount);
        int freeCount = FileHeader.freeCount(header);
        if (freeCount <= 0) {
            throw new CorruptionException(1, "free-list head " + head + " but free page count " + freeCount);
        }
        ByteBuffer trunk = txn.writable(head).usable;
        int leaves = leafCount(trunk, head);
        FileHeader.setFreeCount(header, freeCount - 1);
        if (leaves > 0) {
            int leaf = trunk.getInt(8 + 4 * (leaves - 1));
            checkPage(head, "free-list leaf", leaf, pageCount);
            trunk.putInt(4, leaves - 1);
            return leaf;
        }
        int next = trunk.getInt(0);
        if (next != 0) {
            checkPage(head, "next free-list trunk", next, pageCount);
        }
        FileHeader.setFreeHead(header, next);
        return head;
    }

    /** Puts {@code page} on the list: as a leaf of the first trunk if it has room, else as the new first trunk. */
    static void free(WriteTransaction txn, int page) throws StorageException {
        ByteBuffer header = txn.headerForWrite();
        int head = FileHeader.freeHead(header);
        FileHeader.setFreeCount(header, FileHeader.freeCount(header) + 1);
        if (head != 0) {
            checkPage(1, "free-list head", head, FileHeader.pageCount(header));
            ByteBuffer trunk = txn.writable(head).usable;
            int leaves = leafCount(trunk, head);
            if (leaves < leafCapacity(trunk.capacity())) {
                trunk.putInt(8 + 4 * leaves, page);
                trunk.putInt(4, leaves + 1);
                return;
            }
        }
        Frame frame = txn.writable(page);
        frame.zero();
        frame.usable.putInt(0, head);
        frame.usable.putInt(4, 0);
        FileHeader.setFreeHead(header, page);
    }

    static int leafCount(ByteBuffer trunk, int trunkPage) throws CorruptionException {
        int leaves = trunk.getInt(4);
        if (leaves < 0 || leaves > leafCapacity(trunk.capacity())) {
            throw new CorruptionException(trunkPage, "free-list trunk has invalid leaf count " + leaves);
        }
        return leaves;
    }

    static void checkPage(int where, String what, int page, int pageCount) throws CorruptionException {
        if (page < 2 || page > pageCount) {
            throw new CorruptionException(where, what + " " + page + " is out of range 2.." + pageCount);
        }
    }
}
