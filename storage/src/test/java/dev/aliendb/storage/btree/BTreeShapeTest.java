package dev.aliendb.storage.btree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import dev.aliendb.storage.StorageException;
import org.junit.jupiter.api.Test;

/** Fill factor, depth and page reuse of trees built by typical workloads. */
class BTreeShapeTest {
    @Test
    void sequentialInsertsFillLeavesCompletely() throws StorageException {
        InMemoryPages pages = new InMemoryPages(4092);
        TableTree tree = BTrees.createTable(pages);
        int rows = 100_000;
        for (int id = 1; id <= rows; id++) {
            tree.put(id, new byte[20]);
        }
        int perLeaf = (4092 - NodePage.HEADER) / (8 + 1 + 20 + 2);
        int leaves = (rows + perLeaf - 1) / perLeaf;
        assertTrue(pages.livePages() <= leaves + leaves / 100 + 3, "pages " + pages.livePages() + " for " + leaves + " full leaves");
        assertEquals(2, depth(tree));
        assertEquals(List.of(), TableTreeProperties.problems(pages, tree.rootPage()));
    }

    @Test
    void randomInsertsStayShallowAndDeletesGiveBackPages() throws StorageException {
        InMemoryPages pages = new InMemoryPages(508);
        TableTree tree = BTrees.createTable(pages);
        Random random = new Random(42);
        long[] ids = random.longs(50_000).toArray();
        for (long id : ids) {
            tree.put(id, new byte[random.nextInt(30)]);
        }
        int full = pages.livePages();
        assertTrue(depth(tree) <= 5, "depth " + depth(tree));
        for (int i = 0; i < ids.length; i += 2) {
            tree.delete(ids[i]);
        }
        assertEquals(List.of(), TableTreeProperties.problems(pages, tree.rootPage()));
        assertTrue(pages.livePages() < full * 0.8, pages.livePages() + " pages of " + full + " still used");
        for (int i = 1; i < ids.length; i += 2) {
            tree.delete(ids[i]);
        }
        assertEquals(1, pages.livePages());
    }

    @Test
    void longIndexKeysUseShortSeparators() throws StorageException {
        InMemoryPages pages = new InMemoryPages(1020);
        IndexTree tree = BTrees.createIndex(pages);
        for (int i = 0; i < 5000; i++) {
            byte[] key = new byte[600];
            key[0] = (byte) (i >> 8);
            key[1] = (byte) i;
            assertTrue(tree.insert(key));
        }
        assertTrue(depth(tree) <= 3, "depth " + depth(tree));
    }

    private static int depth(TableTree tree) throws StorageException {
        try (BTreeTableCursor cursor = (BTreeTableCursor) tree.cursor()) {
            cursor.first();
            return cursor.path.depth;
        }
    }

    private static int depth(IndexTree tree) throws StorageException {
        try (BTreeIndexCursor cursor = (BTreeIndexCursor) tree.cursor()) {
            cursor.first();
            return cursor.path.depth;
        }
    }
}
