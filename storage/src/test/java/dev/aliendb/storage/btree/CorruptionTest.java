package dev.aliendb.storage.btree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.TreeRoot;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Damaged pages must give {@link CorruptionException} (or, for damage that still decodes, some answer)
 * and never a hang, an unchecked exception, a stack overflow or an out-of-memory error.
 */
class CorruptionTest {
    private static final int USABLE = 508;
    private static final int ROWS = 1500;

    /** An operation that may legitimately fail with a corruption error. */
    interface Action {
        void run() throws StorageException;
    }

    @Property(tries = 150)
    void scribbledTablePagesFailCleanly(@ForAll long seed) {
        Random random = new Random(seed);
        InMemoryPages pages = new InMemoryPages(USABLE, random.nextBoolean());
        TableTree tree = buildTable(pages, random);
        scribble(pages, random);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> exerciseTable(pages, tree.rootPage(), random));
    }

    @Property(tries = 150)
    void scribbledIndexPagesFailCleanly(@ForAll long seed) {
        Random random = new Random(seed);
        InMemoryPages pages = new InMemoryPages(USABLE, random.nextBoolean());
        IndexTree tree = buildIndex(pages, random);
        scribble(pages, random);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> exerciseIndex(pages, tree.rootPage(), random));
    }

    @Test
    void childPointerOutOfRangeIsReported() throws StorageException {
        InMemoryPages pages = new InMemoryPages(USABLE);
        TableTree tree = buildTable(pages, new Random(1));
        ByteBuffer.wrap(pages.raw(tree.rootPage())).putInt(NodePage.RIGHT, pages.pageCount() + 5);
        CorruptionException e = assertThrows(CorruptionException.class, () -> tree.get(Long.MAX_VALUE));
        assertEquals(tree.rootPage(), e.pageNumber());
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        assertTrue(problems(pages, tree.rootPage(), false).get(0).contains("out of range"));
    }

    @Test
    void childPointerCycleEndsWithCorruption() {
        InMemoryPages pages = new InMemoryPages(USABLE);
        TableTree tree = buildTable(pages, new Random(2));
        ByteBuffer.wrap(pages.raw(tree.rootPage())).putInt(NodePage.RIGHT, tree.rootPage());
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThrows(CorruptionException.class, () -> tree.get(Long.MAX_VALUE));
            assertThrows(CorruptionException.class, tree::maxRowId);
            assertThrows(CorruptionException.class, () -> tree.put(Long.MAX_VALUE, new byte[1]));
            assertThrows(CorruptionException.class, tree::drop);
            assertTrue(problems(pages, tree.rootPage(), false).stream().anyMatch(p -> p.contains("is used twice")));
        });
    }

    @Test
    void overflowChainCycleEndsWithCorruption() throws StorageException {
        InMemoryPages pages = new InMemoryPages(USABLE);
        TableTree tree = BTrees.createTable(pages);
        tree.put(1, new byte[5000]);
        int overflow = 0;
        for (int p = 2; p <= pages.pageCount(); p++) {
            if (pages.raw(p)[0] == OverflowChain.TYPE) {
                overflow = p;
            }
        }
        ByteBuffer.wrap(pages.raw(overflow)).putInt(4, overflow);
        int last = overflow;
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            CorruptionException e = assertThrows(CorruptionException.class, () -> tree.get(1));
            assertEquals(last, e.pageNumber());
        });
    }

    @Test
    void impossibleCellCountAndLengthsAreCorruption() throws StorageException {
        InMemoryPages pages = new InMemoryPages(USABLE);
        TableTree tree = BTrees.createTable(pages);
        tree.put(7, new byte[10]);
        byte[] root = pages.raw(tree.rootPage());
        ByteBuffer.wrap(root).putShort(NodePage.COUNT, (short) 9999);
        assertThrows(CorruptionException.class, () -> tree.get(7));
        ByteBuffer.wrap(root).putShort(NodePage.COUNT, (short) 1);
        int cell = ByteBuffer.wrap(root).getShort(NodePage.HEADER) & 0xffff;
        for (int i = 8; i < 13; i++) {
            root[cell + i] = (byte) 0xff;
        }
        CorruptionException e = assertThrows(CorruptionException.class, () -> tree.get(7));
        assertTrue(e.getMessage().contains("bad length"), e.getMessage());
        assertEquals(1, problems(pages, tree.rootPage(), false).size());
    }

    @Test
    void openingATableAsAnIndexIsCorruption() throws StorageException {
        InMemoryPages pages = new InMemoryPages(USABLE);
        TableTree tree = BTrees.createTable(pages);
        assertThrows(CorruptionException.class, () -> BTrees.openIndex(pages, tree.rootPage()));
        assertThrows(CorruptionException.class, () -> BTrees.openTable(pages, 99));
    }

    private static TableTree buildTable(InMemoryPages pages, Random random) {
        try {
            TableTree tree = BTrees.createTable(pages);
            for (int i = 0; i < ROWS; i++) {
                tree.put(random.nextInt(ROWS * 2), new byte[random.nextInt(10) == 0 ? random.nextInt(2000) : random.nextInt(40)]);
            }
            return tree;
        } catch (StorageException e) {
            throw new AssertionError(e);
        }
    }

    private static IndexTree buildIndex(InMemoryPages pages, Random random) {
        try {
            IndexTree tree = BTrees.createIndex(pages);
            for (int i = 0; i < ROWS; i++) {
                tree.insert(randomKey(random));
            }
            return tree;
        } catch (StorageException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] randomKey(Random random) {
        byte[] key = new byte[random.nextInt(10) == 0 ? random.nextInt(1500) : random.nextInt(20)];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) random.nextInt(4);
        }
        return key;
    }

    /**
     * Damages one to three random pages: usually a few random bytes (biased towards headers and cell
     * pointers), sometimes the whole page.
     */
    private static void scribble(InMemoryPages pages, Random random) {
        int damaged = 1 + random.nextInt(3);
        for (int d = 0; d < damaged; d++) {
            byte[] page = pages.raw(2 + random.nextInt(pages.pageCount() - 1));
            if (random.nextInt(8) == 0) {
                random.nextBytes(page);
                continue;
            }
            int at = random.nextBoolean() ? random.nextInt(40) : random.nextInt(page.length);
            int len = 1 + random.nextInt(4);
            for (int i = at; i < Math.min(page.length, at + len); i++) {
                page[i] = (byte) random.nextInt(256);
            }
        }
    }

    private static void exerciseTable(InMemoryPages pages, int root, Random random) {
        attempt(() -> {
            TableTree tree = BTrees.openTable(pages, root);
            attempt(() -> scanTable(tree, true));
            attempt(() -> scanTable(tree, false));
            for (int i = 0; i < 30; i++) {
                long id = random.nextInt(ROWS * 2);
                attempt(() -> tree.get(id));
                attempt(() -> seekTable(tree, id));
                attempt(() -> tree.put(id, new byte[random.nextInt(600)]));
                attempt(() -> tree.delete(id + 1));
            }
            attempt(tree::maxRowId);
            problems(pages, root, false);
            attempt(tree::drop);
        });
    }

    private static void exerciseIndex(InMemoryPages pages, int root, Random random) {
        attempt(() -> {
            IndexTree tree = BTrees.openIndex(pages, root);
            attempt(() -> scanIndex(tree, true));
            attempt(() -> scanIndex(tree, false));
            for (int i = 0; i < 30; i++) {
                byte[] key = randomKey(random);
                attempt(() -> tree.contains(key));
                attempt(() -> {
                    try (IndexCursor cursor = tree.cursor()) {
                        if (cursor.seekAtOrBefore(key)) {
                            cursor.key();
                        }
                    }
                });
                attempt(() -> tree.insert(key));
                attempt(() -> tree.delete(randomKey(random)));
            }
            problems(pages, root, true);
            attempt(tree::drop);
        });
    }

    private static void scanTable(TableTree tree, boolean forward) throws StorageException {
        try (TableCursor cursor = tree.cursor()) {
            for (boolean more = forward ? cursor.first() : cursor.last(); more; more = forward ? cursor.next() : cursor.prev()) {
                cursor.payload();
            }
        }
    }

    private static void seekTable(TableTree tree, long id) throws StorageException {
        try (TableCursor cursor = tree.cursor()) {
            for (boolean more = cursor.seek(id); more && cursor.rowId() < id + 20; more = cursor.next()) {
                cursor.payload();
            }
        }
    }

    private static void scanIndex(IndexTree tree, boolean forward) throws StorageException {
        try (IndexCursor cursor = tree.cursor()) {
            for (boolean more = forward ? cursor.first() : cursor.last(); more; more = forward ? cursor.next() : cursor.prev()) {
                cursor.key();
            }
        }
    }

    /**
     * Runs an action that may meet the damage: a {@link CorruptionException} is fine, and so is the
     * fixture refusing to free or write a page the damage made look free (a cross-linked page that only
     * a full integrity walk can spot); anything else fails the test.
     */
    private static void attempt(Action action) {
        try {
            action.run();
        } catch (CorruptionException e) {
            assertTrue(e.getMessage().startsWith("database disk image is malformed: page "), e.getMessage());
        } catch (StorageException e) {
            throw new AssertionError("not reported as corruption", e);
        } catch (AssertionError e) {
            String m = String.valueOf(e.getMessage());
            if (!m.startsWith("bad free of page") && !m.startsWith("write to free page")) {
                throw e;
            }
        }
    }

    static List<String> problems(InMemoryPages pages, int root, boolean index) {
        List<String> problems = new ArrayList<>();
        BTreeIntegrity.check(pages, new TreeRoot(root, index, "t"), new BitSet(), problems);
        return problems;
    }
}
