package dev.aliendb.storage.pager;

import dev.aliendb.storage.page.Page;
import java.nio.ByteBuffer;

/** A {@link Page} on a pool frame (unpinned on close) or on a buffer the caller's transaction owns. */
final class PageHandle implements Page {
    private final int number;
    private final ByteBuffer buffer;
    private BufferPool pool;
    private Frame pinned;

    PageHandle(int number, ByteBuffer buffer) {
        this.number = number;
        this.buffer = buffer;
    }

    PageHandle(int number, ByteBuffer buffer, BufferPool pool, Frame pinned) {
        this(number, buffer);
        this.pool = pool;
        this.pinned = pinned;
    }

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
        if (pinned != null) {
            pool.unpin(pinned);
            pinned = null;
        }
    }
}
