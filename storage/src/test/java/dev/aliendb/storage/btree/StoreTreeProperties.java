package dev.aliendb.storage.btree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.page.PageAccess;
import dev.aliendb.storage.vfs.MemoryVfs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A table tree and an index tree in one real {@link Store} (memory VFS, small buffer pool) against
 * their models, over batches of random operations each committed or rolled back, with the store closed
 * and reopened between some batches. A reader that began before a batch still sees the state before it
 * after the batch commits. After every batch the committed trees are compared with the models
 * in a read transaction and the store's integrity check (checksums, free list, {@link BTreeIntegrity},
 * every page used exactly once) must find nothing.
 */
class StoreTreeProperties {
    record Batch(List<TableTreeProperties.Op> tableOps, List<IndexTreeProperties.Op> indexOps, boolean commit,
                 boolean reopen) {
    }

    @Property(tries = 100)
    void committedBatchesSurviveReopen(@ForAll("batches") List<Batch> batches, @ForAll("pageSizes") int pageSize)
            throws Exception {
        MemoryVfs vfs = new MemoryVfs();
        StoreOptions options = StoreOptions.defaults().withPageSize(pageSize).withCacheSizePages(32);
        TreeMap<Long, byte[]> table = new TreeMap<>();
        TreeSet<byte[]> index = new TreeSet<>(Arrays::compareUnsigned);
        Store store = Stores.open(vfs, "t.db", options);
        try {
            createTrees(store);
            int version = 0;
            for (Batch batch : batches) {
                TreeMap<Long, byte[]> tableWork = new TreeMap<>(table);
                TreeSet<byte[]> indexWork = new TreeSet<>(index);
                try (ReadTxn before = store.beginRead(); WriteTxn w = store.beginWrite()) {
                    TableTree t = BTrees.openTable(w.pages(), (int) w.meta(MetaSlot.SCHEMA_ROOT));
                    IndexTree i = BTrees.openIndex(w.pages(), (int) w.meta(MetaSlot.USER_VERSION));
                    for (TableTreeProperties.Op op : batch.tableOps()) {
                        TableTreeProperties.apply(t, tableWork, op, ++version);
                    }
                    for (IndexTreeProperties.Op op : batch.indexOps()) {
                        op.run(i, indexWork);
                    }
                    if (batch.commit()) {
                        w.commit();
                    } else {
                        w.rollback();
                    }
                    TableTreeProperties.assertSame(
                            BTrees.openTable(before.pages(), (int) before.meta(MetaSlot.SCHEMA_ROOT)), table);
                }
                if (batch.commit()) {
                    table = tableWork;
                    index = indexWork;
                }
                if (batch.reopen()) {
                    store.close();
                    store = Stores.open(vfs, "t.db", options);
                }
                verify(store, table, index);
            }
        } finally {
            store.close();
        }
    }

    private static void createTrees(Store store) throws StorageException {
        try (WriteTxn w = store.beginWrite()) {
            w.setMeta(MetaSlot.SCHEMA_ROOT, BTrees.createTable(w.pages()).rootPage());
            w.setMeta(MetaSlot.USER_VERSION, BTrees.createIndex(w.pages()).rootPage());
            w.commit();
        }
    }

    private static void verify(Store store, TreeMap<Long, byte[]> table, TreeSet<byte[]> index) throws StorageException {
        List<TreeRoot> roots;
        try (ReadTxn r = store.beginRead()) {
            PageAccess pages = r.pages();
            int tableRoot = (int) r.meta(MetaSlot.SCHEMA_ROOT);
            int indexRoot = (int) r.meta(MetaSlot.USER_VERSION);
            TableTreeProperties.assertSame(BTrees.openTable(pages, tableRoot), table);
            IndexTree i = BTrees.openIndex(pages, indexRoot);
            IndexTreeProperties.scan(i, index, true);
            IndexTreeProperties.scan(i, index.descendingSet(), false);
            roots = List.of(new TreeRoot(tableRoot, false, "table"), new TreeRoot(indexRoot, true, "index"));
        }
        assertEquals(List.of(), store.checkIntegrity(roots));
    }

    @Provide
    Arbitrary<Integer> pageSizes() {
        return Arbitraries.of(512, 1024, 4096);
    }

    @Provide
    Arbitrary<List<Batch>> batches() {
        Arbitrary<Batch> batch = Combinators.combine(
                TableTreeProperties.operations().map(l -> l.subList(0, Math.min(l.size(), 15))),
                IndexTreeProperties.operations().map(l -> l.subList(0, Math.min(l.size(), 15))),
                Arbitraries.of(true, true, true, false),
                Arbitraries.of(true, false, false)).as(Batch::new);
        return batch.list().ofMinSize(1).ofMaxSize(8);
    }
}
