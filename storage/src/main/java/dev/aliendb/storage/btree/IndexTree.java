package dev.aliendb.storage.btree;

import dev.aliendb.storage.StorageException;

/**
 * A B+tree of unique byte[] keys compared as unsigned bytes (memcmp order, shorter prefix first), no
 * payload: callers encode (column values..., row id) order-preservingly into the key.
 */
public interface IndexTree {
    int rootPage();

    /** Returns false if the key was already present. */
    boolean insert(byte[] key) throws StorageException;

    /**
     * Fills this tree, which must be empty, with {@code keys} in strictly ascending order (unsigned bytes):
     * leaves are packed left to right and each page is written once (CREATE INDEX). Throws
     * IllegalArgumentException for keys out of order and IllegalStateException for a non-empty tree.
     */
    void bulkLoad(Iterable<byte[]> keys) throws StorageException;

    /** Returns true if the key was present. */
    boolean delete(byte[] key) throws StorageException;

    boolean contains(byte[] key) throws StorageException;

    IndexCursor cursor() throws StorageException;

    void drop() throws StorageException;
}
