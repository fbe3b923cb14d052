package dev.aliendb.storage.btree;

import dev.aliendb.storage.StorageException;

/**
 * A B+tree keyed by a signed 64-bit row id with a byte[] payload per row (any length: large payloads
 * spill to overflow pages). Opened on a transaction's {@link dev.aliendb.storage.page.PageAccess};
 * valid only while that transaction is open. Mutators throw if the access is read-only.
 */
public interface TableTree {
    int rootPage();

    /** The payload of {@code rowId}, or null. */
    byte[] get(long rowId) throws StorageException;

    /** Whether a row {@code rowId} exists (no payload is read). */
    boolean contains(long rowId) throws StorageException;

    /** Inserts or replaces. */
    void put(long rowId, byte[] payload) throws StorageException;

    /** Returns true if a row was deleted. Emptied pages go back to the free list. */
    boolean delete(long rowId) throws StorageException;

    /** Largest row id, or {@code Long.MIN_VALUE} when empty. */
    long maxRowId() throws StorageException;

    TableCursor cursor() throws StorageException;

    /** Frees every page of the tree including the root. The tree is unusable afterwards. */
    void drop() throws StorageException;
}
