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

    /** Returns true if the key was present. */
    boolean delete(byte[] key) throws StorageException;

    boolean contains(byte[] key) throws StorageException;

    IndexCursor cursor() throws StorageException;

    void drop() throws StorageException;
}
