package dev.aliendb.storage.pager;

import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.page.PageAccess;

/**
 * A snapshot: pages and meta slots exactly as committed at its CSN, however many commits follow, because
 * the pool keeps every overwritten image a pinned CSN may read. Read-only; the pin is dropped on close.
 */
final class ReadTransaction implements ReadTxn, PageAccess {
    private final PagerStore store;
    private final BufferPool pool;
    private final long csn;
    private final int pageCount;
    private volatile boolean open = true;

    ReadTransaction(PagerStore store, BufferPool pool, long csn) throws StorageException {
        this.store = store;
        this.pool = pool;
        this.csn = csn;
        try (Page header = pool.read(1, csn)) {
            this.pageCount = FileHeader.pageCount(header.buffer());
        }
    }

    @Override
    public long csn() {
        return csn;
    }

    @Override
    public PageAccess pages() {
        return this;
    }

    @Override
    public long meta(MetaSlot slot) throws StorageException {
        try (Page header = read(1)) {
            return FileHeader.meta(header.buffer(), slot);
        }
    }

    @Override
    public int usableSize() {
        return pool.usableSize();
    }

    @Override
    public Page read(int pageNumber) throws StorageException {
        checkOpen();
        Pages.checkRange(pageNumber, pageCount);
        return pool.read(pageNumber, csn);
    }

    @Override
    public Page write(int pageNumber) throws StorageException {
        throw Pages.readOnly();
    }

    @Override
    public Page allocate() throws StorageException {
        throw Pages.readOnly();
    }

    @Override
    public void free(int pageNumber) throws StorageException {
        throw Pages.readOnly();
    }

    @Override
    public int pageCount() {
        return pageCount;
    }

    @Override
    public boolean writable() {
        return false;
    }

    private void checkOpen() throws StorageException {
        if (!open) {
            throw Pages.closed();
        }
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            store.endRead(csn);
        }
    }
}
