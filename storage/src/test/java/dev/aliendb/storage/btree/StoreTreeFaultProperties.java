package dev.aliendb.storage.btree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.vfs.FaultInjectingVfs;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A table tree in a real {@link Store} on the fault-injecting VFS: an I/O error in the middle of a batch
 * surfaces as a {@link StorageException} and leaves the committed tree intact; a power cut at any write
 * or sync of a batch's commit leaves either the old or (once commit returned) the new tree, sound.
 */
class StoreTreeFaultProperties {
    private static final StoreOptions OPTIONS = StoreOptions.defaults().withPageSize(512).withCacheSizePages(10);

    @Property(tries = 40)
    void readErrorsLeaveTheCommittedTreeIntact(@ForAll("ops") List<TableTreeProperties.Op> ops,
                                               @ForAll @IntRange(min = 1, max = 60) int failAt,
                                               @ForAll long seed) throws Exception {
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        TreeMap<Long, byte[]> model = load(vfs, seed);
        try (Store store = Stores.open(vfs, "t.db", OPTIONS)) {
            vfs.failNth(FaultInjectingVfs.Op.READ, failAt, FaultInjectingVfs.Fault.IO_ERROR);
            TreeMap<Long, byte[]> after = runBatch(store, model, ops);
            vfs.failNth(FaultInjectingVfs.Op.READ, Long.MAX_VALUE / 2, FaultInjectingVfs.Fault.IO_ERROR);
            verify(store, after != null ? after : model);
        }
    }

    @Property(tries = 40)
    void powerCutDuringABatchKeepsTheOldOrTheNewTree(@ForAll("ops") List<TableTreeProperties.Op> ops,
                                                     @ForAll @IntRange(min = 1, max = 80) int crashAt,
                                                     @ForAll long seed) throws Exception {
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        TreeMap<Long, byte[]> model = load(vfs, seed);
        Store store = Stores.open(vfs, "t.db", OPTIONS);
        vfs.crashAtOp(crashAt);
        TreeMap<Long, byte[]> after = runBatch(store, model, ops);
        vfs.powerCut(seed);
        try {
            store.close();
        } catch (StorageException e) {
            // the "process" died with the store open
        }
        try (Store reopened = Stores.open(vfs, "t.db", OPTIONS)) {
            if (after != null) {
                verify(reopened, after);
            } else {
                verifyEither(reopened, model, new TreeMap<>(model));
            }
        }
    }

    /** Commits a table of random rows (root in SCHEMA_ROOT); returns its model. */
    private static TreeMap<Long, byte[]> load(FaultInjectingVfs vfs, long seed) throws StorageException {
        Random random = new Random(seed);
        TreeMap<Long, byte[]> model = new TreeMap<>();
        try (Store store = Stores.open(vfs, "t.db", OPTIONS); WriteTxn w = store.beginWrite()) {
            TableTree tree = BTrees.createTable(w.pages());
            w.setMeta(MetaSlot.SCHEMA_ROOT, tree.rootPage());
            for (int i = 0; i < 300; i++) {
                long id = random.nextInt(1000);
                byte[] payload = TableTreeProperties.payload(id, random.nextInt(8) == 0 ? 1500 : random.nextInt(50), i);
                tree.put(id, payload);
                model.put(id, payload);
            }
            w.commit();
        }
        return model;
    }

    /** Runs the batch and commits; returns the new model, or null when an I/O error or crash stopped it. */
    private static TreeMap<Long, byte[]> runBatch(Store store, TreeMap<Long, byte[]> model,
                                                  List<TableTreeProperties.Op> ops) {
        TreeMap<Long, byte[]> work = new TreeMap<>(model);
        try (WriteTxn w = store.beginWrite()) {
            TableTree tree = BTrees.openTable(w.pages(), (int) w.meta(MetaSlot.SCHEMA_ROOT));
            int version = 1000;
            for (TableTreeProperties.Op op : ops) {
                TableTreeProperties.apply(tree, work, op, ++version);
            }
            w.commit();
            return work;
        } catch (StorageException e) {
            assertTrue(e.sqlState() != null && e.sqlState().length() == 5, e.toString());
            return null;
        }
    }

    private static void verify(Store store, TreeMap<Long, byte[]> model) throws StorageException {
        int root;
        try (ReadTxn r = store.beginRead()) {
            root = (int) r.meta(MetaSlot.SCHEMA_ROOT);
            TableTreeProperties.assertSame(BTrees.openTable(r.pages(), root), model);
        }
        assertEquals(List.of(), store.checkIntegrity(List.of(new TreeRoot(root, false, "t"))));
    }

    /** The tree equals one of the two models (a crash during commit may land either way). */
    private static void verifyEither(Store store, TreeMap<Long, byte[]> old, TreeMap<Long, byte[]> other)
            throws StorageException {
        try {
            verify(store, old);
        } catch (AssertionError e) {
            verify(store, other);
        }
    }

    @Provide
    Arbitrary<List<TableTreeProperties.Op>> ops() {
        return TableTreeProperties.operations().map(l -> l.subList(0, Math.min(l.size(), 20)));
    }
}
