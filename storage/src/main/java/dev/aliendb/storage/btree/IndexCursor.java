package dev.aliendb.storage.btree;

import dev.aliendb.storage.StorageException;

/** Iterates an {@link IndexTree} in unsigned-byte key order; see {@link TableCursor} for the contract. */
public interface IndexCursor extends AutoCloseable {
    boolean first() throws StorageException;

    boolean last() throws StorageException;

    /** Positions on the first key >= {@code key}. */
    boolean seek(byte[] key) throws StorageException;

    /** Positions on the last key <= {@code key}. */
    boolean seekAtOrBefore(byte[] key) throws StorageException;

    boolean next() throws StorageException;

    boolean prev() throws StorageException;

    boolean valid();

    byte[] key() throws StorageException;

    @Override
    void close();
}
