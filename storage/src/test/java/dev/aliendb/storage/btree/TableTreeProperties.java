package dev.aliendb.storage.btree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.TreeRoot;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** {@link TableTree} against a {@link TreeMap} model over random operation sequences. */
class TableTreeProperties {
    /** One step of a sequence, applied to the tree and the model alike. */
    interface Op {
        void run(TableTree tree, TreeMap<Long, byte[]> model, int version) throws StorageException;
    }

    record Put(long id, int size) implements Op {
        public void run(TableTree tree, TreeMap<Long, byte[]> model, int version) throws StorageException {
            put(tree, model, id, size, version);
        }
    }

    record PutRun(long start, int count, int size) implements Op {
        public void run(TableTree tree, TreeMap<Long, byte[]> model, int version) throws StorageException {
            for (int i = 0; i < count; i++) {
                put(tree, model, start + i, size, version);
            }
        }
    }

    record Delete(long id) implements Op {
        public void run(TableTree tree, TreeMap<Long, byte[]> model, int version) throws StorageException {
            assertEquals(model.remove(id) != null, tree.delete(id));
        }
    }

    record DeleteRun(long start, int count) implements Op {
        public void run(TableTree tree, TreeMap<Long, byte[]> model, int version) throws StorageException {
            for (int i = 0; i < count; i++) {
                assertEquals(model.remove(start + i) != null, tree.delete(start + i));
            }
        }
    }

    record Get(long id) implements Op {
        public void run(TableTree tree, TreeMap<Long, byte[]> model, int version) throws StorageException {
            assertArrayEquals(model.get(id), tree.get(id));
            assertEquals(model.containsKey(id), tree.contains(id));
        }
    }

    record Seek(long id, boolean atOrBefore, int steps, boolean forward) implements Op {
        public void run(TableTree tree, TreeMap<Long, byte[]> model, int version) throws StorageException {
            seek(tree, model, this);
        }
    }

    record Scan(boolean forward) implements Op {
        public void run(TableTree tree, TreeMap<Long, byte[]> model, int version) throws StorageException {
            scan(tree, model, forward);
        }
    }

    @Property(tries = 300)
    void behavesLikeTreeMap(@ForAll("ops") List<Op> ops, @ForAll("usable") int usable, @ForAll boolean heapReads)
            throws StorageException {
        InMemoryPages pages = new InMemoryPages(usable, heapReads);
        TableTree tree = BTrees.createTable(pages);
        TreeMap<Long, byte[]> model = new TreeMap<>();
        int version = 0;
        for (Op op : ops) {
            version++;
            apply(tree, model, op, version);
            assertEquals(0, pages.outstandingPins(), "pins leaked by " + op);
        }
        assertSame(tree, model);
        assertEquals(List.of(), problems(pages, tree.rootPage()));
        TableTree reopened = BTrees.openTable(pages, tree.rootPage());
        assertSame(reopened, model);
        reopened.drop();
        assertEquals(0, pages.livePages(), "pages leaked after drop");
    }

    @Property(tries = 30)
    void deleteFreesPagesAndCollapsesTheRoot(@ForAll("usable") int usable, @ForAll("sizes") int size) throws StorageException {
        InMemoryPages pages = new InMemoryPages(usable);
        TableTree tree = BTrees.createTable(pages);
        for (long id = 0; id < 2000; id++) {
            tree.put(id * 3, payload(id * 3, size, 1));
        }
        for (long id = 0; id < 2000; id++) {
            assertTrue(tree.delete(id * 3));
        }
        assertEquals(1, pages.livePages(), "only the root should remain");
        assertEquals(Long.MIN_VALUE, tree.maxRowId());
        assertEquals(List.of(), problems(pages, tree.rootPage()));
    }

    static List<String> problems(InMemoryPages pages, int root) {
        List<String> problems = new ArrayList<>();
        BTreeIntegrity.check(pages, new TreeRoot(root, false, "t"), new BitSet(), problems);
        return problems;
    }

    static void apply(TableTree tree, TreeMap<Long, byte[]> model, Op op, int version) throws StorageException {
        op.run(tree, model, version);
        assertEquals(model.isEmpty() ? Long.MIN_VALUE : model.lastKey(), tree.maxRowId());
    }

    private static void put(TableTree tree, TreeMap<Long, byte[]> model, long id, int size, int version)
            throws StorageException {
        byte[] payload = payload(id, size, version);
        model.put(id, payload);
        tree.put(id, payload);
    }

    private static void seek(TableTree tree, TreeMap<Long, byte[]> model, Seek s) throws StorageException {
        try (TableCursor cursor = tree.cursor()) {
            Long expected = s.atOrBefore() ? model.floorKey(s.id()) : model.ceilingKey(s.id());
            assertEquals(expected != null, s.atOrBefore() ? cursor.seekAtOrBefore(s.id()) : cursor.seek(s.id()));
            for (int i = 0; i < s.steps() && expected != null; i++) {
                assertEquals(expected, cursor.rowId());
                assertArrayEquals(model.get(expected), cursor.payload());
                expected = s.forward() ? model.higherKey(expected) : model.lowerKey(expected);
                assertEquals(expected != null, s.forward() ? cursor.next() : cursor.prev());
            }
            assertEquals(expected != null, cursor.valid());
        }
    }

    private static void scan(TableTree tree, TreeMap<Long, byte[]> model, boolean forward) throws StorageException {
        try (TableCursor cursor = tree.cursor()) {
            boolean more = forward ? cursor.first() : cursor.last();
            for (Map.Entry<Long, byte[]> e : forward ? model.entrySet() : model.descendingMap().entrySet()) {
                assertTrue(more);
                assertEquals(e.getKey(), cursor.rowId());
                assertArrayEquals(e.getValue(), cursor.payload());
                more = forward ? cursor.next() : cursor.prev();
            }
            assertFalse(more);
            assertFalse(cursor.valid());
            assertFalse(cursor.next());
        }
    }

    static void assertSame(TableTree tree, TreeMap<Long, byte[]> model) throws StorageException {
        scan(tree, model, true);
        scan(tree, model, false);
        for (Map.Entry<Long, byte[]> e : model.entrySet()) {
            assertArrayEquals(e.getValue(), tree.get(e.getKey()));
        }
        long absent = model.isEmpty() ? 0 : model.lastKey() + 1;
        if (!model.containsKey(absent)) {
            assertNull(tree.get(absent));
        }
    }

    static byte[] payload(long id, int size, int version) {
        byte[] payload = new byte[size];
        for (int i = 0; i < size; i++) {
            payload[i] = (byte) (id * 31 + i + version * 7);
        }
        return payload;
    }

    static <T> Tuple.Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> arbitrary) {
        return Tuple.of(weight, arbitrary);
    }

    @Provide
    Arbitrary<Integer> usable() {
        return Arbitraries.of(256, 508, 508, 1020, 4092, 65532);
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return payloadSizes();
    }

    static Arbitrary<Integer> payloadSizes() {
        return Arbitraries.<Integer>frequencyOf(
                weighted(8, Arbitraries.integers().between(0, 40)),
                weighted(2, Arbitraries.integers().between(0, 5000)));
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return operations();
    }

    /** Random operation sequences (also used by the store-backed properties). */
    static Arbitrary<List<Op>> operations() {
        Arbitrary<Long> ids = Arbitraries.<Long>frequencyOf(
                weighted(20, Arbitraries.longs().between(-200, 2000)),
                weighted(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L)));
        Arbitrary<Integer> counts = Arbitraries.integers().between(1, 400);
        Arbitrary<Op> op = Arbitraries.<Op>frequencyOf(
                weighted(10, Combinators.combine(ids, payloadSizes()).as(Put::new)),
                weighted(2, Combinators.combine(ids, counts, Arbitraries.integers().between(0, 60)).as(PutRun::new)),
                weighted(5, ids.map(Delete::new)),
                weighted(2, Combinators.combine(ids, counts).as(DeleteRun::new)),
                weighted(3, ids.map(Get::new)),
                weighted(3, Combinators.combine(ids, Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 50), Arbitraries.of(true, false)).as(Seek::new)),
                weighted(1, Arbitraries.of(true, false).map(Scan::new)));
        return op.list().ofMaxSize(60);
    }
}
