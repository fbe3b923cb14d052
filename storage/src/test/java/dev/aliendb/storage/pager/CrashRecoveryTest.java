package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.vfs.FaultInjectingVfs;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Power-cut tests (synchronous=FULL) for every crash-safe rollback journal mode: run seeded page-level
 * transactions, lose power at a random write or sync (unsynced sectors kept, dropped or torn), reopen on
 * the post-crash files and check that the database passes the integrity check and is exactly the state
 * after the last committed transaction, or after the one in flight (atomically), and stays writable.
 * MEMORY and OFF are not crash-safe by definition (as in SQLite) and are not tested here.
 * In WAL mode checkpoints run on a background thread, so cuts also land in them (and a run is reproducible
 * from its seed only up to that thread's timing).
 * {@code -Daliendb.crash.iterations=N} sets the power cuts per mode (default 700: 2,100 rollback-journal cuts
 * and 700 + 140 WAL cuts, plus {@code GroupCommitCrashTest}'s 1,400);
 * a failure prints its seed, and {@code -Daliendb.crash.replay=SEED} reruns just that case.
 */
class CrashRecoveryTest {
    private static final int ITERATIONS = Integer.getInteger("aliendb.crash.iterations", 700);
    private static final int TRANSACTIONS = 8;

    @ParameterizedTest
    @EnumSource(value = JournalMode.class, names = {"DELETE", "TRUNCATE", "PERSIST"})
    void everyCommittedTransactionSurvivesAPowerCut(JournalMode mode) throws Exception {
        runMany(mode, SyncMode.FULL, ITERATIONS);
    }

    @ParameterizedTest
    @EnumSource(value = JournalMode.class, names = "WAL")
    void everyCommittedTransactionSurvivesAPowerCutInWalMode(JournalMode mode) throws Exception {
        runMany(mode, SyncMode.FULL, ITERATIONS);
    }

    /** synchronous=NORMAL promises consistency only: the last commit may be lost, nothing else. */
    @ParameterizedTest
    @EnumSource(value = JournalMode.class, names = {"DELETE", "TRUNCATE", "PERSIST", "WAL"})
    void normalSyncStaysConsistent(JournalMode mode) throws Exception {
        runMany(mode, SyncMode.NORMAL, Math.max(1, ITERATIONS / 5));
    }

    private static void runMany(JournalMode mode, SyncMode sync, int iterations) throws Exception {
        Long replay = Long.getLong("aliendb.crash.replay");
        if (replay != null) {
            runOnce(mode, sync, replay);
            return;
        }
        long base = 20261122L * 31 + mode.ordinal() * 7 + sync.ordinal();
        int crashedMidWay = 0;
        for (int i = 0; i < iterations; i++) {
            long seed = base + i * 1_000_003L;
            try {
                if (runOnce(mode, sync, seed)) {
                    crashedMidWay++;
                }
            } catch (AssertionError | Exception e) {
                throw new AssertionError("crash test failed for journal_mode=" + mode + " synchronous=" + sync + " seed=" + seed
                        + " (replay with -Daliendb.crash.replay=" + seed + ")", e);
            }
        }
        assertTrue(crashedMidWay > iterations / 2, "most runs should crash mid-way: " + crashedMidWay);
    }

    /** One power cut; returns whether it happened before the workload finished. */
    private static boolean runOnce(JournalMode mode, SyncMode sync, long seed) throws Exception {
        Random random = new Random(seed);
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        StoreOptions options = StoreOptions.defaults().withPageSize(512).withCacheSizePages(8)
                .withJournalMode(mode).withSyncMode(sync);
        PageWorkload workload = new PageWorkload(seed);
        vfs.crashAtOp(1 + random.nextInt(TRANSACTIONS * (mode == JournalMode.WAL ? 10 : 14)));
        int committed = 0;
        boolean crashed = false;
        try {
            Store store = Stores.open(vfs, "crash.db", options);
            // checkpoint often, so that power cuts also hit checkpoints
            ((PagerStore) store).setWalAutoCheckpoint(1 + random.nextInt(30));
            ((PagerStore) store).setWalCompression(random.nextBoolean());
            while (workload.planned() < TRANSACTIONS) {
                workload.runNext(store);
                committed = workload.planned();
            }
        } catch (StorageException e) {
            crashed = true;
            assertTrue(vfs.crashed(), "only the simulated power loss may fail: " + e);
        }
        vfs.powerCut(random.nextLong());

        try (Store store = Stores.open(vfs, "crash.db", options)) {
            int found = (int) readVersion(store);
            // NORMAL may lose the last commit; in WAL mode every commit since the last checkpoint
            int lost = sync == SyncMode.FULL ? 0 : mode == JournalMode.WAL ? committed : 1;
            assertTrue(found >= committed - lost && found <= Math.min(committed + 1, workload.planned()),
                    "found state " + found + " but " + committed + " transactions had committed");
            TreeRoot root = workload.verify(store, found, "after power cut");
            List<TreeRoot> roots = root == null ? List.of() : List.of(root);
            assertEquals(List.of(), ((PagerStore) store).checkIntegrity(roots, PageWorkload.DIRECTORY));
            try (var w = store.beginWrite()) {
                w.setMeta(MetaSlot.APPLICATION_ID, seed);
                w.commit();
            }
        }
        try (Store store = Stores.open(vfs, "crash.db", options); var r = store.beginRead()) {
            assertEquals(seed, r.meta(MetaSlot.APPLICATION_ID), "the recovered database accepts new commits");
        }
        return crashed;
    }

    private static long readVersion(Store store) throws StorageException {
        try (var r = store.beginRead()) {
            return r.meta(MetaSlot.USER_VERSION);
        }
    }
}
