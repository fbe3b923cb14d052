package dev.aliendb.storage.btree;

import dev.aliendb.storage.StorageException;

/**
 * Iterates a {@link TableTree} in row-id order. Positioning methods return whether the cursor now stands
 * on a row. The cursor sees changes made through the same transaction before it was positioned; after
 * modifying the tree, reposition with {@link #seek(long)}.
 */
public interface TableCursor extends AutoCloseable {
    boolean first() throws StorageException;

    boolean last() throws StorageException;

    /** Positions on the first row with id >= rowId. */
    boolean seek(long rowId) throws StorageException;

    /** Positions on the last row with id <= rowId. */
    boolean seekAtOrBefore(long rowId) throws StorageException;

    boolean next() throws StorageException;

    boolean prev() throws StorageException;

    boolean valid();

    long rowId();

    byte[] payload() throws StorageException;

    /**
     * Copies the payload to the start of {@code buffer} and returns its length n, or returns -n (copying
     * nothing) when the buffer is shorter: a scan can reuse one buffer for every row instead of allocating
     * a payload per row.
     */
    int payloadInto(byte[] buffer) throws StorageException;

    @Override
    void close();
}
