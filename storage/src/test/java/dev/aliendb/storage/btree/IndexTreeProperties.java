package dev.aliendb.storage.btree;

import static dev.aliendb.storage.btree.TableTreeProperties.weighted;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.TreeRoot;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link IndexTree} against a {@link TreeSet} (unsigned byte order) over random operation sequences. */
class IndexTreeProperties {
    /** One step of a sequence, applied to the tree and the model alike. */
    interface Op {
        void run(IndexTree tree, TreeSet<byte[]> model) throws StorageException;
    }

    record Insert(byte[] key) implements Op {
        public void run(IndexTree tree, TreeSet<byte[]> model) throws StorageException {
            assertEquals(model.add(key), tree.insert(key));
        }
    }

    /** Inserts (or, when {@code delete}, removes) keys {@code prefix + u32 7i} for every stride-th i below count. */
    record Run(byte[] prefix, int count, int stride, boolean delete) implements Op {
        public void run(IndexTree tree, TreeSet<byte[]> model) throws StorageException {
            for (int i = 0; i < count; i += stride) {
                byte[] key = Arrays.copyOf(prefix, prefix.length + 4);
                ByteBuffer.wrap(key).putInt(prefix.length, i * 7);
                assertEquals(delete ? model.remove(key) : model.add(key), delete ? tree.delete(key) : tree.insert(key));
            }
        }
    }

    /** Deletes {@code count} present keys in a row, starting at rank {@code position} (modulo the size). */
    record DeletePresent(int position, int count) implements Op {
        public void run(IndexTree tree, TreeSet<byte[]> model) throws StorageException {
            if (model.isEmpty()) {
                return;
            }
            List<byte[]> present = new ArrayList<>(model);
            int from = position % present.size();
            for (byte[] key : present.subList(from, Math.min(present.size(), from + count))) {
                assertTrue(tree.delete(key));
                model.remove(key);
            }
        }
    }

    record Delete(byte[] key) implements Op {
        public void run(IndexTree tree, TreeSet<byte[]> model) throws StorageException {
            assertEquals(model.remove(key), tree.delete(key));
        }
    }

    record Contains(byte[] key) implements Op {
        public void run(IndexTree tree, TreeSet<byte[]> model) throws StorageException {
            assertEquals(model.contains(key), tree.contains(key));
        }
    }

    record Seek(byte[] key, boolean atOrBefore, int steps, boolean forward) implements Op {
        public void run(IndexTree tree, TreeSet<byte[]> model) throws StorageException {
            try (IndexCursor cursor = tree.cursor()) {
                byte[] expected = atOrBefore ? model.floor(key) : model.ceiling(key);
                assertEquals(expected != null, atOrBefore ? cursor.seekAtOrBefore(key) : cursor.seek(key));
                for (int i = 0; i < steps && expected != null; i++) {
                    assertArrayEquals(expected, cursor.key());
                    expected = forward ? model.higher(expected) : model.lower(expected);
                    assertEquals(expected != null, forward ? cursor.next() : cursor.prev());
                }
                assertEquals(expected != null, cursor.valid());
            }
        }
    }

    record Scan(boolean forward) implements Op {
        public void run(IndexTree tree, TreeSet<byte[]> model) throws StorageException {
            scan(tree, forward ? model : model.descendingSet(), forward);
        }
    }

    @Property(tries = 300)
    void behavesLikeTreeSet(@ForAll("ops") List<Op> ops, @ForAll("usable") int usable, @ForAll boolean heapReads)
            throws StorageException {
        InMemoryPages pages = new InMemoryPages(usable, heapReads);
        IndexTree tree = BTrees.createIndex(pages);
        TreeSet<byte[]> model = new TreeSet<>(Arrays::compareUnsigned);
        for (Op op : ops) {
            op.run(tree, model);
            assertEquals(0, pages.outstandingPins(), "pins leaked by " + op);
        }
        IndexTree reopened = BTrees.openIndex(pages, tree.rootPage());
        scan(reopened, model, true);
        scan(reopened, model.descendingSet(), false);
        for (byte[] key : model) {
            assertTrue(reopened.contains(key));
        }
        List<String> problems = new ArrayList<>();
        BTreeIntegrity.check(pages, new TreeRoot(tree.rootPage(), true, "i"), new BitSet(), problems);
        assertEquals(List.of(), problems);
        reopened.drop();
        assertEquals(0, pages.livePages(), "pages leaked after drop");
    }

    @Property(tries = 200)
    void bulkLoadBuildsTheSameTreeAsInserts(@ForAll("keySets") List<byte[]> keys, @ForAll("ops") List<Op> after,
                                            @ForAll("usable") int usable) throws StorageException {
        InMemoryPages pages = new InMemoryPages(usable, false);
        IndexTree tree = BTrees.createIndex(pages);
        TreeSet<byte[]> model = new TreeSet<>(Arrays::compareUnsigned);
        model.addAll(keys);
        tree.bulkLoad(model);
        assertEquals(0, pages.outstandingPins(), "pins leaked by the bulk load");
        assertSound(pages, tree);
        scan(tree, model, true);
        scan(tree, model.descendingSet(), false);
        for (byte[] key : model) {
            assertTrue(tree.contains(key));
        }
        for (Op op : after) {
            op.run(tree, model);
        }
        scan(tree, model, true);
        assertSound(pages, tree);
        tree.drop();
        assertEquals(0, pages.livePages(), "pages leaked after drop");
    }

    @Property(tries = 20)
    void bulkLoadRefusesUnsortedKeysAndNonEmptyTrees(@ForAll("usable") int usable) throws StorageException {
        InMemoryPages pages = new InMemoryPages(usable, false);
        IndexTree tree = BTrees.createIndex(pages);
        assertThrows(IllegalArgumentException.class, () -> tree.bulkLoad(List.of(new byte[] {2}, new byte[] {1})));
        assertEquals(0, pages.outstandingPins());
        IndexTree other = BTrees.createIndex(pages);
        other.insert(new byte[] {1});
        assertThrows(IllegalStateException.class, () -> other.bulkLoad(List.of(new byte[] {2})));
    }

    private static void assertSound(InMemoryPages pages, IndexTree tree) throws StorageException {
        List<String> problems = new ArrayList<>();
        BTreeIntegrity.check(pages, new TreeRoot(tree.rootPage(), true, "i"), new BitSet(), problems);
        assertEquals(List.of(), problems);
    }

    @Provide
    Arbitrary<List<byte[]>> keySets() {
        return Arbitraries.<List<byte[]>>frequencyOf(
                weighted(3, keys().list().ofMaxSize(3000)),
                weighted(1, Arbitraries.integers().between(0, 20_000).map(n -> {
                    List<byte[]> dense = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        dense.add(ByteBuffer.allocate(12).putInt(i / 7).putLong(i).array());
                    }
                    return dense;
                })));
    }

    static void scan(IndexTree tree, NavigableSet<byte[]> expected, boolean forward) throws StorageException {
        try (IndexCursor cursor = tree.cursor()) {
            boolean more = forward ? cursor.first() : cursor.last();
            for (byte[] key : expected) {
                assertTrue(more);
                assertArrayEquals(key, cursor.key());
                more = forward ? cursor.next() : cursor.prev();
            }
            assertFalse(more);
        }
    }

    @Provide
    Arbitrary<Integer> usable() {
        return Arbitraries.of(256, 508, 508, 1020, 4092);
    }

    private static Arbitrary<byte[]> keys() {
        Arbitrary<Byte> bytes = Arbitraries.of((byte) 0, (byte) 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff);
        return Arbitraries.<byte[]>frequencyOf(
                weighted(10, bytes.array(byte[].class).ofMaxSize(10)),
                weighted(1, bytes.array(byte[].class).ofMaxSize(3000)));
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return operations();
    }

    /** Random operation sequences (also used by the store-backed properties). */
    static Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Arbitraries.<Op>frequencyOf(
                weighted(10, keys().map(Insert::new)),
                weighted(3, Combinators.combine(keys(), Arbitraries.integers().between(1, 400),
                        Arbitraries.integers().between(1, 3), Arbitraries.of(false, false, true)).as(Run::new)),
                weighted(5, keys().map(Delete::new)),
                weighted(2, Combinators.combine(Arbitraries.integers().between(0, 5000),
                        Arbitraries.integers().between(1, 60)).as(DeletePresent::new)),
                weighted(3, keys().map(Contains::new)),
                weighted(3, Combinators.combine(keys(), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 50), Arbitraries.of(true, false)).as(Seek::new)),
                weighted(1, Arbitraries.of(true, false).map(Scan::new)));
        return op.list().ofMaxSize(60);
    }
}
