package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.page.PageAccess;

/**
 * Test fixture: a {@link PageAccess} over a list of byte arrays with a free set, enforcing the contract
 * the B-tree relies on. Pages read are handed out as read-only buffers (or as plain heap buffers when
 * {@code heapReads}), so a write through a read pin fails; freeing a pinned or free page fails; pins are
 * counted so tests can assert none leak. Page 1 is the (unused) header page.
 */
final class InMemoryPages implements PageAccess {
    private final int usable;
    private final boolean heapReads;
    private final List<byte[]> pages = new ArrayList<>();
    private final List<Integer> pins = new ArrayList<>();
    private final TreeSet<Integer> free = new TreeSet<>();
    private boolean writable = true;

    InMemoryPages(int usable, boolean heapReads) {
        this.usable = usable;
        this.heapReads = heapReads;
        pages.add(new byte[usable]);
        pins.add(0);
    }

    InMemoryPages(int usable) {
        this(usable, false);
    }

    @Override
    public int usableSize() {
        return usable;
    }

    @Override
    public Page read(int pageNumber) throws StorageException {
        byte[] data = page(pageNumber);
        ByteBuffer buffer = heapReads ? ByteBuffer.wrap(data) : ByteBuffer.wrap(data).asReadOnlyBuffer();
        return pin(pageNumber, buffer);
    }

    @Override
    public Page write(int pageNumber) throws StorageException {
        checkWritable();
        if (free.contains(pageNumber)) {
            throw new AssertionError("write to free page " + pageNumber);
        }
        return pin(pageNumber, ByteBuffer.wrap(page(pageNumber)));
    }

    @Override
    public Page allocate() throws StorageException {
        checkWritable();
        int number;
        if (free.isEmpty()) {
            pages.add(new byte[usable]);
            pins.add(0);
            number = pages.size();
        } else {
            number = free.pollFirst();
            java.util.Arrays.fill(pages.get(number - 1), (byte) 0);
        }
        return pin(number, ByteBuffer.wrap(pages.get(number - 1)));
    }

    @Override
    public void free(int pageNumber) throws StorageException {
        checkWritable();
        page(pageNumber);
        if (pageNumber == 1 || pins.get(pageNumber - 1) != 0 || !free.add(pageNumber)) {
            throw new AssertionError("bad free of page " + pageNumber + " (pinned " + pins.get(pageNumber - 1)
                    + ", already free " + !free.contains(pageNumber) + ")");
        }
    }

    @Override
    public int pageCount() {
        return pages.size();
    }

    @Override
    public boolean writable() {
        return writable;
    }

    void setWritable(boolean writable) {
        this.writable = writable;
    }

    /** Pages neither free nor the header page. */
    int livePages() {
        return pages.size() - 1 - free.size();
    }

    int outstandingPins() {
        return pins.stream().mapToInt(Integer::intValue).sum();
    }

    boolean isFree(int pageNumber) {
        return free.contains(pageNumber);
    }

    /** Raw bytes of a page, for tests that damage pages on purpose. */
    byte[] raw(int pageNumber) {
        return pages.get(pageNumber - 1);
    }

    private byte[] page(int pageNumber) throws StorageException {
        if (pageNumber < 1 || pageNumber > pages.size()) {
            throw new StorageException("XX001", "page " + pageNumber + " beyond the end of the file");
        }
        return pages.get(pageNumber - 1);
    }

    private void checkWritable() throws StorageException {
        if (!writable) {
            throw new StorageException("25006", "read-only");
        }
    }

    private Page pin(int number, ByteBuffer buffer) {
        pins.set(number - 1, pins.get(number - 1) + 1);
        return new Page() {
            private boolean closed;

            @Override
            public int number() {
                return number;
            }

            @Override
            public ByteBuffer buffer() {
                return buffer;
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    pins.set(number - 1, pins.get(number - 1) - 1);
                }
            }
        };
    }
}
