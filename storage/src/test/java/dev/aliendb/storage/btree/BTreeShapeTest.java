package dev.aliendb.storage.btree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

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

    @Test
    void randomDeletesFromANarrowDeepIndexKeepItSound() throws StorageException {
        InMemoryPages pages = new InMemoryPages(508);
        IndexTree tree = BTrees.createIndex(pages);
        TreeSet<byte[]> model = new TreeSet<>(Arrays::compareUnsigned);
        Random random = new Random(7);
        for (int i = 0; i < 6000; i++) {
            byte[] key = new byte[94];
            ByteBuffer.wrap(key).putInt(90, random.nextInt());
            if (model.add(key)) {
                assertTrue(tree.insert(key));
            }
        }
        assertTrue(depth(tree) >= 4, "depth " + depth(tree));
        List<byte[]> keys = new ArrayList<>(model);
        Collections.shuffle(keys, random);
        for (int i = 0; i < keys.size(); i++) {
            assertTrue(tree.delete(keys.get(i)));
            model.remove(keys.get(i));
            if (i % 500 == 0) {
                assertEquals(List.of(), CorruptionTest.problems(pages, tree.rootPage(), true));
                IndexTreeProperties.scan(tree, model, true);
            }
        }
        assertEquals(1, pages.livePages());
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
