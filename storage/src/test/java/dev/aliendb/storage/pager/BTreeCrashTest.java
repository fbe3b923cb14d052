package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.btree.BTrees;
import dev.aliendb.storage.btree.TableCursor;
import dev.aliendb.storage.btree.TableTree;
import dev.aliendb.storage.vfs.FaultInjectingVfs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Power cuts under B-tree workloads: each transaction inserts, replaces and deletes rows of one table
 * tree (payloads up to ~1.5 KB on 512-byte pages, so splits, merges, overflow chains and the free list are
 * all exercised); after a random power cut the reopened database must pass the full integrity check
 * (B-tree checker included) and hold exactly the rows of the last committed transaction or of the one in
 * flight. {@code -Daliendb.crash.iterations=N} scales it (default: 700 / 3 per mode here).
 */
class BTreeCrashTest {
    private static final int ITERATIONS = Math.max(1, Integer.getInteger("aliendb.crash.iterations", 700) / 3);
    private static final int TRANSACTIONS = 6;

    @ParameterizedTest
    @EnumSource(value = JournalMode.class, names = {"DELETE", "TRUNCATE", "PERSIST", "WAL"})
    void committedRowsSurviveAPowerCut(JournalMode mode) throws Exception {
        for (int i = 0; i < ITERATIONS; i++) {
            long seed = 77_000_000L + mode.ordinal() * 100_000L + i;
            try {
                runOnce(mode, seed);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("B-tree crash test failed for journal_mode=" + mode + " seed=" + seed, e);
            }
        }
    }

    private static byte[] payload(int txn, long rowId) {
        Random r = new Random(txn * 1_000_003L + rowId);
        byte[] b = new byte[r.nextInt(4) == 0 ? 600 + r.nextInt(900) : 1 + r.nextInt(60)];
        r.nextBytes(b);
        return b;
    }

    private static void runOnce(JournalMode mode, long seed) throws Exception {
        Random random = new Random(seed);
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        StoreOptions options = StoreOptions.defaults().withPageSize(512).withCacheSizePages(16)
                .withJournalMode(mode).withSyncMode(SyncMode.FULL);
        List<TreeMap<Long, Integer>> states = new ArrayList<>();
        states.add(new TreeMap<>());
        int committed = 0;
        try (Store store = Stores.open(vfs, "bt.db", options)) {
            ((PagerStore) store).setWalAutoCheckpoint(1 + random.nextInt(60));
            vfs.crashAtOp(1 + random.nextInt(TRANSACTIONS * 40));
            for (int k = 1; k <= TRANSACTIONS; k++) {
                TreeMap<Long, Integer> rows = new TreeMap<>(states.get(k - 1));
                try (WriteTxn w = store.beginWrite()) {
                    int root = (int) w.meta(MetaSlot.SCHEMA_ROOT);
                    TableTree tree = root == 0 ? BTrees.createTable(w.pages()) : BTrees.openTable(w.pages(), root);
                    w.setMeta(MetaSlot.SCHEMA_ROOT, tree.rootPage());
                    for (int op = 0; op < 25; op++) {
                        long id = random.nextInt(120);
                        if (random.nextInt(4) == 0) {
                            assertEquals(rows.remove(id) != null, tree.delete(id));
                        } else {
                            tree.put(id, payload(k, id));
                            rows.put(id, k);
                        }
                    }
                    w.setMeta(MetaSlot.USER_VERSION, k);
                    states.add(rows);
                    w.commit();
                }
                committed = k;
            }
        } catch (StorageException e) {
            assertTrue(vfs.crashed(), "only the simulated power loss may fail: " + e);
        }
        vfs.powerCut(random.nextLong());
        try (Store store = Stores.open(vfs, "bt.db", options)) {
            int found;
            int root;
            try (ReadTxn r = store.beginRead()) {
                found = (int) r.meta(MetaSlot.USER_VERSION);
                root = (int) r.meta(MetaSlot.SCHEMA_ROOT);
                assertTrue(found == committed || found == committed + 1 && found < states.size(),
                        "found " + found + ", committed " + committed);
                TreeMap<Long, Integer> expected = new TreeMap<>(states.get(found));
                if (root != 0) {
                    try (TableCursor c = BTrees.openTable(r.pages(), root).cursor()) {
                        for (boolean on = c.first(); on; on = c.next()) {
                            Integer writer = expected.get(c.rowId());
                            assertTrue(writer != null, "unexpected row " + c.rowId());
                            assertArrayEquals(payload(writer, c.rowId()), c.payload(), "row " + c.rowId());
                            expected.remove(c.rowId());
                        }
                    }
                }
                assertEquals(List.of(), List.copyOf(expected.keySet()), "rows missing");
            }
            List<TreeRoot> roots = root == 0 ? List.of() : List.of(new TreeRoot(root, false, "t"));
            assertEquals(List.of(), store.checkIntegrity(roots));
        }
    }
}
