package dev.aliendb.storage.page;

import dev.aliendb.storage.StorageException;

/**
 * The page-level view of one transaction that the B-tree layer works on. A read transaction's view is
 * the snapshot it pinned; a write transaction's view includes its own uncommitted changes.
 * <p>
 * Every method may throw {@link dev.aliendb.storage.CorruptionException} for a damaged page.
 */
public interface PageAccess {
    /** Usable bytes per page (the B-tree must fit its cells into this). */
    int usableSize();

    /** Pins page {@code pageNumber} for reading. Pages 1..pageCount() only; 1 is the header page. */
    Page read(int pageNumber) throws StorageException;

    /**
     * Pins page {@code pageNumber} for writing: the page is journaled before its first change in the
     * transaction and marked dirty. Throws if this view is read-only.
     */
    Page write(int pageNumber) throws StorageException;

    /** Takes a page from the free list, or extends the file; returns it pinned, writable, zero-filled. */
    Page allocate() throws StorageException;

    /** Returns a page to the free list. The caller must hold no pin on it. */
    void free(int pageNumber) throws StorageException;

    /** Number of pages in the database as seen by this view. */
    int pageCount();

    /** True when {@link #write}, {@link #allocate} and {@link #free} are allowed. */
    boolean writable();
}
