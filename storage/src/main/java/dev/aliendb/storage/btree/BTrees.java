package dev.aliendb.storage.btree;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.page.PageAccess;

/**
 * Creates and opens trees on a transaction's page view. Page formats: docs/btree-format.md. A tree object
 * is valid while its transaction is open and is used by one thread at a time.
 */
public final class BTrees {
    /** Smallest usable page size the cell limits work with. */
    static final int MIN_USABLE = 256;
    /** Largest usable page size: in-page offsets are 16-bit. */
    static final int MAX_USABLE = 65535;

    private BTrees() {
    }

    public static TableTree createTable(PageAccess pages) throws StorageException {
        return new BTreeTable(create(pages, false));
    }

    public static TableTree openTable(PageAccess pages, int rootPage) throws StorageException {
        return new BTreeTable(open(pages, rootPage, false));
    }

    public static IndexTree createIndex(PageAccess pages) throws StorageException {
        return new BTreeIndex(create(pages, true));
    }

    public static IndexTree openIndex(PageAccess pages, int rootPage) throws StorageException {
        return new BTreeIndex(open(pages, rootPage, true));
    }

    private static BTree create(PageAccess pages, boolean index) throws StorageException {
        CellFormat format = format(pages, index);
        if (!pages.writable()) {
            throw new StorageException("25006", "cannot create a tree in a read-only transaction");
        }
        return new BTree(pages, BTree.create(pages, format.leafType()), format);
    }

    private static BTree open(PageAccess pages, int rootPage, boolean index) throws StorageException {
        BTree tree = new BTree(pages, rootPage, format(pages, index));
        tree.checkRoot();
        return tree;
    }

    private static CellFormat format(PageAccess pages, boolean index) throws StorageException {
        if (pages.usableSize() < MIN_USABLE || pages.usableSize() > MAX_USABLE) {
            throw new StorageException("22023", "usable page size " + pages.usableSize() + " outside "
                    + MIN_USABLE + ".." + MAX_USABLE);
        }
        return BTree.format(pages, index);
    }
}
