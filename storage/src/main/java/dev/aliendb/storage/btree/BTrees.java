package dev.aliendb.storage.btree;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.page.PageAccess;

/** Creates and opens trees on a transaction's page view. Implemented by the B-tree work of the storage issue. */
public final class BTrees {
    private BTrees() {
    }

    public static TableTree createTable(PageAccess pages) throws StorageException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public static TableTree openTable(PageAccess pages, int rootPage) throws StorageException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public static IndexTree createIndex(PageAccess pages) throws StorageException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public static IndexTree openIndex(PageAccess pages, int rootPage) throws StorageException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
