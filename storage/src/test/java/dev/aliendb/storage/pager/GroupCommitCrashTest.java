package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.WalCheckpoint;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.vfs.FaultInjectingVfs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Power cuts in WAL mode while several threads commit at once, so that cuts land in group commits (some
 * committers appended and waiting for the shared sync), in background checkpoints (a small random
 * wal_autocheckpoint; the test checks that some cuts hit the checkpoint thread) and in log resets. Thread t counts up in its own page; after the cut and reopen, the integrity check
 * passes, no page holds a value that was never committed, and with synchronous=FULL every acknowledged
 * commit is there (NORMAL promises consistency only). Thread interleaving makes a run not exactly
 * reproducible; the seed still fixes the crash point, the checkpoint interval and the tearing.
 * {@code -Daliendb.crash.iterations=N} scales it (default 700 per mode, i.e. 1,400 cuts).
 */
class GroupCommitCrashTest {
    private static final int ITERATIONS = Integer.getInteger("aliendb.crash.iterations", 700);
    private static final int THREADS = 4;
    private static final int COMMITS_PER_THREAD = 6;

    @ParameterizedTest
    @EnumSource(value = SyncMode.class, names = {"FULL", "NORMAL"})
    void acknowledgedCommitsSurviveCutsDuringGroupCommitsAndCheckpoints(SyncMode sync) throws Exception {
        int crashedMidWay = 0;
        int inCheckpoints = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            long seed = 4_200_000L + sync.ordinal() * 100_000L + i;
            try {
                String crashThread = runOnce(sync, seed);
                if (crashThread != null) {
                    crashedMidWay++;
                    inCheckpoints += crashThread.startsWith("aliendb-checkpoint") ? 1 : 0;
                }
            } catch (AssertionError | Exception e) {
                throw new AssertionError("group-commit crash test failed for synchronous=" + sync + " seed=" + seed, e);
            }
        }
        assertTrue(crashedMidWay > ITERATIONS / 2, "most runs should crash mid-way: " + crashedMidWay);
        assertTrue(inCheckpoints > 0 || ITERATIONS < 100, "some cuts should land in background checkpoints");
        System.out.printf("GroupCommitCrashTest synchronous=%s: %d cuts, %d mid-way, %d in background checkpoints%n",
                sync, ITERATIONS, crashedMidWay, inCheckpoints);
    }

    /** One power cut; returns the thread the cut hit, or null if it came after the workload finished. */
    private static String runOnce(SyncMode sync, long seed) throws Exception {
        Random random = new Random(seed);
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        StoreOptions options = StoreOptions.defaults().withPageSize(512).withCacheSizePages(8)
                .withJournalMode(JournalMode.WAL).withSyncMode(sync).withBusyTimeoutMillis(10_000);
        int[] pages = new int[THREADS];
        AtomicIntegerArray attempted = new AtomicIntegerArray(THREADS);
        AtomicIntegerArray acknowledged = new AtomicIntegerArray(THREADS);
        List<Throwable> unexpected = new ArrayList<>();
        Store store = Stores.open(vfs, "gc.db", options);
        ((PagerStore) store).setWalAutoCheckpoint(1 + random.nextInt(25));
        ((PagerStore) store).setWalCompression(random.nextBoolean());
        try (WriteTxn w = store.beginWrite()) {
            for (int t = 0; t < THREADS; t++) {
                pages[t] = PagerStoreTest.allocateWith(w, 0);
            }
            w.commit();
        }
        ((PagerStore) store).checkpointWal(WalCheckpoint.FULL); // the pages exist durably, whatever the mode
        vfs.crashAtOp(1 + random.nextInt(THREADS * COMMITS_PER_THREAD * 3));
        List<Thread> committers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            committers.add(new Thread(() -> {
                try {
                    for (int k = 1; k <= COMMITS_PER_THREAD; k++) {
                        attempted.set(thread, k);
                        try (WriteTxn w = store.beginWrite()) {
                            PagerStoreTest.overwrite(w, pages[thread], k);
                            w.commit();
                        }
                        acknowledged.set(thread, k);
                    }
                } catch (StorageException e) {
                    if (!vfs.crashed()) {
                        synchronized (unexpected) {
                            unexpected.add(e);
                        }
                    }
                }
            }));
        }
        committers.forEach(Thread::start);
        for (Thread c : committers) {
            c.join();
        }
        assertEquals(List.of(), unexpected, "only the simulated power loss may fail a commit");
        String crashThread = vfs.crashed() ? vfs.crashThread() : null;
        vfs.powerCut(random.nextLong());

        try (Store reopened = Stores.open(vfs, "gc.db", options)) {
            try (ReadTxn r = reopened.beginRead()) {
                for (int t = 0; t < THREADS; t++) {
                    int found = PagerStoreTest.valueOf(r, pages[t]);
                    assertTrue(found <= attempted.get(t), "thread " + t + " found " + found + " beyond its last attempt " + attempted.get(t));
                    if (sync == SyncMode.FULL) {
                        assertTrue(found >= acknowledged.get(t), "thread " + t + " lost acknowledged commit " + acknowledged.get(t) + ", found " + found);
                    }
                }
            }
            List<TreeRoot> roots = new ArrayList<>();
            for (int page : pages) {
                roots.add(new TreeRoot(page, false, "counter"));
            }
            assertEquals(List.of(), ((PagerStore) reopened).checkIntegrity(roots, (p, root, used, problems) -> used.set(root.rootPage())));
            try (WriteTxn w = reopened.beginWrite()) {
                PagerStoreTest.overwrite(w, pages[0], -1);
                w.commit();
            }
        }
        return crashThread;
    }
}
