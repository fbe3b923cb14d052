package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.vfs.MemoryVfs;
import dev.aliendb.storage.vfs.SyncCountingVfs;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Automatic checkpoints run on a background thread: while one is held inside its sync of the database file
 * (i.e. in the middle of copying), commits go on and readers see every commit; a commit that finds the log at
 * twice the threshold waits for the checkpoint (back-pressure); a failed background checkpoint fails the next
 * commit with 58030 and loses nothing (the log is replayed on reopen).
 */
class BackgroundCheckpointTest {
    private static final String DB = "bg.db";
    private static final int THRESHOLD = 20;

    private final MemoryVfs memory = new MemoryVfs();
    private final Semaphore gate = new Semaphore(0);
    private volatile boolean holdDatabaseSyncs;
    private volatile StorageException failDatabaseSyncs;
    private final ExecutorService committer = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        holdDatabaseSyncs = false;
        gate.release(1_000);
        committer.shutdownNow();
    }

    private PagerStore open() throws StorageException {
        SyncCountingVfs vfs = new SyncCountingVfs(memory, path -> {
            if (path.equals(DB)) {
                if (holdDatabaseSyncs) {
                    gate.acquireUninterruptibly();
                }
                StorageException e = failDatabaseSyncs;
                if (e != null) {
                    throw e;
                }
            }
        });
        PagerStore store = (PagerStore) Stores.open(vfs, DB, StoreOptions.defaults().withPageSize(512)
                .withJournalMode(JournalMode.WAL).withSyncMode(SyncMode.FULL));
        store.setWalAutoCheckpoint(THRESHOLD);
        return store;
    }

    /** Each commit writes two frames: page 1 and the counter page. */
    private static void commit(Store store, int page, int value) throws StorageException {
        try (WriteTxn w = store.beginWrite()) {
            PagerStoreTest.overwrite(w, page, value);
            w.commit();
        }
    }

    private static int newPage(Store store) throws StorageException {
        try (WriteTxn w = store.beginWrite()) {
            int page = PagerStoreTest.allocateWith(w, 0);
            w.commit();
            return page;
        }
    }

    private static int read(Store store, int page) throws StorageException {
        try (ReadTxn r = store.beginRead()) {
            return PagerStoreTest.valueOf(r, page);
        }
    }

    @Test
    void commitsAndReadersGoOnWhileACheckpointCopies() throws Exception {
        int page;
        int last;
        try (PagerStore store = open()) {
            page = newPage(store);
            holdDatabaseSyncs = true;
            try {
                last = commitWhileTheCheckpointIsHeld(store, page);
            } finally {
                holdDatabaseSyncs = false;
                gate.release(1_000);
            }
            store.awaitAutoCheckpoints();
            assertTrue(store.walFrames() < THRESHOLD, "the log restarted: " + store.walFrames());
            assertEquals(last, read(store, page));
        }
        try (PagerStore reopened = open()) {
            assertEquals(last, read(reopened, page));
        }
    }

    /** Commits while the background checkpoint is held in its database sync; returns the last value committed. */
    private int commitWhileTheCheckpointIsHeld(PagerStore store, int page) throws Exception {
        int value = 0;
        while (store.walFrames() < THRESHOLD) {
            commit(store, page, ++value);
        }
        waitFor(gate::hasQueuedThreads, "the background checkpoint reaches its database sync");
        // frames stay below twice the threshold: these commits must not wait for the held checkpoint
        while (store.walFrames() + 2 < 2 * THRESHOLD) {
            int next = ++value;
            committer.submit(() -> {
                commit(store, page, next);
                return null;
            }).get(10, TimeUnit.SECONDS);
            assertEquals(next, read(store, page), "readers see each commit at once");
        }
        int last = ++value;
        Future<?> throttled = committer.submit(() -> {
            commit(store, page, last);
            return null;
        });
        assertThrows(TimeoutException.class, () -> throttled.get(300, TimeUnit.MILLISECONDS),
                "at twice the threshold a commit waits for the checkpoint");
        assertEquals(last, read(store, page), "but it is already committed and visible");
        gate.release(1_000);
        throttled.get(10, TimeUnit.SECONDS);
        return last;
    }

    @Test
    void aFailedBackgroundCheckpointFailsTheNextCommitAndLosesNothing() throws Exception {
        int page;
        int value = 0;
        try (PagerStore store = open()) {
            page = newPage(store);
            failDatabaseSyncs = new StorageException("58030", "disk I/O error (test)");
            while (store.walFrames() < THRESHOLD) {
                commit(store, page, ++value);
            }
            store.awaitAutoCheckpoints();
            StorageException e = assertThrows(StorageException.class, () -> commit(store, page, -1));
            assertEquals("58030", e.sqlState());
            assertTrue(e.getMessage().contains("failed checkpoint"), e.getMessage());
            failDatabaseSyncs = null;
        }
        assertFalse(memory.snapshot(DB + "-wal").length == 0, "the log is kept for recovery");
        try (PagerStore reopened = open()) {
            assertEquals(value, read(reopened, page), "every acknowledged commit is replayed from the log");
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(5);
        }
    }
}
