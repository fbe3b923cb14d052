package dev.aliendb.storage;

import dev.aliendb.storage.vfs.Vfs;

/** Opens {@link Store}s. Implemented by the pager/journal work of the storage issue. */
public final class Stores {
    private Stores() {
    }

    /** Opens or creates the database at {@code path} through {@code vfs}; rolls back a hot journal first. */
    public static Store open(Vfs vfs, String path, StoreOptions options) throws StorageException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
