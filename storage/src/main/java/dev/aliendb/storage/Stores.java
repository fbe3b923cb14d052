package dev.aliendb.storage;

import dev.aliendb.storage.pager.PagerStore;
import dev.aliendb.storage.vfs.Vfs;

/** Opens {@link Store}s. */
public final class Stores {
    private Stores() {
    }

    /** Opens or creates the database at {@code path} through {@code vfs}; rolls back a hot journal first. */
    public static Store open(Vfs vfs, String path, StoreOptions options) throws StorageException {
        return PagerStore.open(vfs, path, options);
    }
}
