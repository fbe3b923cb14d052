package dev.aliendb.storage.pager;

import dev.aliendb.storage.StorageException;

/** Argument checks and errors shared by the page views of both transaction kinds. */
final class Pages {
    private Pages() {
    }

    static void checkRange(int pageNumber, int pageCount) throws StorageException {
        if (pageNumber < 1 || pageNumber > pageCount) {
            throw new StorageException("22023", "page " + pageNumber + " is out of range (database has " + pageCount + " pages)");
        }
    }

    static StorageException readOnly() {
        return new StorageException("25006", "read-only transaction cannot change pages");
    }

    static StorageException closed() {
        return new StorageException("25000", "transaction is closed");
    }
}
