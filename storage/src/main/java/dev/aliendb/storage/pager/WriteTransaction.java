package dev.aliendb.storage.pager;

import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.page.PageAccess;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.TreeMap;

/**
 * The single write transaction. Every page it changes gets a private frame (copy-on-write from the
 * committed image, which is also kept as the page's original for the journal and for snapshots); nothing
 * reaches the database file before commit, so rollback just drops the private frames. Page 1 (file header,
 * page count, free list, meta slots) is private from the start.
 * <p>
 * Invariants: {@code dirty} holds exactly the pages changed (or allocated) by this transaction;
 * {@code originals} holds the committed image of every dirty page that existed before the transaction
 * ({@code <= initialPageCount}); savepoints capture a page before its first change in each level.
 * {@code dirtyIndex} maps exactly the pages of {@code dirty} to their frame in {@code dirtyFrames} (the
 * boxed, ordered map is only for the commit; every page access looks up the int map).
 * Pages obtained for writing must not be written after a later savepoint call.
 */
final class WriteTransaction implements WriteTxn, PageAccess {
    private final PagerStore store;
    private final BufferPool pool;
    private final long baseCsn;
    private final int initialPageCount;
    private final TreeMap<Integer, Frame> dirty = new TreeMap<>();
    /** Fast lookup into {@link #dirty} without boxing: page -> position in {@link #dirtyFrames}. */
    private final IntIntMap dirtyIndex = new IntIntMap(64);
    private final ArrayList<Frame> dirtyFrames = new ArrayList<>();
    private final TreeMap<Integer, byte[]> originals = new TreeMap<>();
    private final SavepointStack savepoints = new SavepointStack();
    private final Frame header;
    private boolean open = true;
    private boolean changed;

    /** Begins on the committed state {@code baseCsn}; {@code newFile} bootstraps page 1 of an empty file. */
    WriteTransaction(PagerStore store, BufferPool pool, long baseCsn, int pageSize, JournalMode newFile) throws StorageException {
        this.store = store;
        this.pool = pool;
        this.baseCsn = baseCsn;
        if (newFile != null) {
            this.initialPageCount = 0;
            this.header = privateCopy(1);
            FileHeader.initialize(header.data, pageSize, newFile);
            this.changed = true;
        } else {
            try (Page h = pool.read(1, baseCsn)) {
                this.initialPageCount = FileHeader.pageCount(h.buffer());
            }
            this.header = privateCopy(1);
        }
    }

    @Override
    public long csn() {
        return baseCsn;
    }

    @Override
    public PageAccess pages() {
        return this;
    }

    // ---- PageAccess

    @Override
    public int usableSize() {
        return pool.usableSize();
    }

    @Override
    public Page read(int pageNumber) throws StorageException {
        checkOpen();
        Pages.checkRange(pageNumber, pageCount());
        Frame frame = dirtyFrame(pageNumber);
        if (frame != null) {
            return new PageHandle(pageNumber, frame.usableReadOnly);
        }
        return pool.read(pageNumber, baseCsn);
    }

    @Override
    public Page write(int pageNumber) throws StorageException {
        checkOpen();
        Pages.checkRange(pageNumber, pageCount());
        checkNotHeader(pageNumber);
        return new PageHandle(pageNumber, writable(pageNumber).usable);
    }

    @Override
    public Page allocate() throws StorageException {
        checkOpen();
        int page = FreeList.allocate(this);
        Frame frame = writable(page);
        frame.zero();
        return new PageHandle(page, frame.usable);
    }

    @Override
    public void free(int pageNumber) throws StorageException {
        checkOpen();
        Pages.checkRange(pageNumber, pageCount());
        checkNotHeader(pageNumber);
        FreeList.free(this, pageNumber);
    }

    @Override
    public int pageCount() {
        return FileHeader.pageCount(header.data);
    }

    @Override
    public boolean writable() {
        return open;
    }

    // ---- meta slots and savepoints

    @Override
    public long meta(MetaSlot slot) throws StorageException {
        checkOpen();
        return FileHeader.meta(header.data, slot);
    }

    @Override
    public void setMeta(MetaSlot slot, long value) throws StorageException {
        checkOpen();
        FileHeader.setMeta(headerForWrite(), slot, value);
    }

    @Override
    public int savepoint() throws StorageException {
        checkOpen();
        return savepoints.push();
    }

    @Override
    public void rollbackTo(int savepoint) throws StorageException {
        checkSavepoint(savepoint);
        savepoints.rollbackTo(savepoint, (page, image) -> {
            Frame frame = dirtyFrame(page);
            if (image == SavepointStack.ABSENT) {
                dirty.remove(page);
                dirtyFrames.set(dirtyIndex.remove(page), null);
                pool.releasePrivate(frame);
            } else {
                frame.copyFrom(ByteBuffer.wrap(image));
            }
        });
    }

    @Override
    public void release(int savepoint) throws StorageException {
        checkSavepoint(savepoint);
        savepoints.release(savepoint);
    }

    private void checkSavepoint(int savepoint) throws StorageException {
        checkOpen();
        if (savepoint < 1 || savepoint > savepoints.depth()) {
            throw new StorageException("3B001", "no such savepoint: " + savepoint);
        }
    }

    // ---- end of transaction

    @Override
    public void commit() throws StorageException {
        checkOpen();
        open = false;
        PagerStore.Durability durability = PagerStore.Durability.DONE;
        try {
            if (changed) {
                durability = store.commit(this);
            }
        } finally {
            discard();
        }
        // the writer slot is free again: the next writer runs while this commit waits for its sync
        store.awaitDurable(durability);
    }

    @Override
    public void rollback() {
        if (open) {
            open = false;
            discard();
        }
    }

    @Override
    public void close() {
        rollback();
    }

    /** Drops every private frame not handed to the pool by a commit, and frees the writer slot. */
    private void discard() {
        for (Frame frame : dirty.values()) {
            if (frame.dirty) {
                pool.releasePrivate(frame);
            }
        }
        dirty.clear();
        dirtyIndex.clear();
        dirtyFrames.clear();
        originals.clear();
        store.endWrite();
    }

    // ---- used by FreeList and the commit

    /** The private full image of page 1, for reading header fields. */
    ByteBuffer header() {
        return header.data;
    }

    /** The private full image of page 1, captured for savepoints before a change. */
    ByteBuffer headerForWrite() throws StorageException {
        return writable(1).data;
    }

    /** The private frame of {@code page}, created (copy-on-write) on first use; captured for savepoints. */
    Frame writable(int page) throws StorageException {
        Frame frame = dirtyFrame(page);
        if (frame == null) {
            if (savepoints.needsCapture(page)) {
                savepoints.captureAbsent(page);
            }
            frame = privateCopy(page);
        } else if (savepoints.needsCapture(page)) {
            savepoints.capture(page, frame.data.array(), frame.data.arrayOffset(), frame.data.capacity());
        }
        changed = true;
        return frame;
    }

    private Frame privateCopy(int page) throws StorageException {
        Frame frame = pool.takePrivate(page);
        try {
            if (page <= initialPageCount) {
                pool.copyCommitted(page, baseCsn, frame);
                byte[] original = new byte[frame.data.capacity()];
                frame.data.get(0, original);
                originals.put(page, original);
            } else {
                frame.zero();
            }
        } catch (StorageException | RuntimeException e) {
            pool.releasePrivate(frame);
            throw e;
        }
        dirty.put(page, frame);
        dirtyIndex.put(page, dirtyFrames.size());
        dirtyFrames.add(frame);
        return frame;
    }

    /** This transaction's private frame of {@code page}, or null. */
    private Frame dirtyFrame(int page) {
        int i = dirtyIndex.get(page);
        return i == IntIntMap.MISSING ? null : dirtyFrames.get(i);
    }

    int initialPageCount() {
        return initialPageCount;
    }

    TreeMap<Integer, Frame> dirtyPages() {
        return dirty;
    }

    TreeMap<Integer, byte[]> originals() {
        return originals;
    }

    private void checkOpen() throws StorageException {
        if (!open) {
            throw Pages.closed();
        }
    }

    private static void checkNotHeader(int page) throws StorageException {
        if (page == 1) {
            throw new StorageException("22023", "page 1 holds the file header and is not available to callers");
        }
    }
}
