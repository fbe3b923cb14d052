package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.aliendb.storage.vfs.Vfs;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit in WAL mode with synchronous=FULL: a committer waits for its log sync after freeing the
 * writer slot (the next writer runs meanwhile and builds on it), new snapshots see a commit only once it
 * is durable, one sync covers every commit appended before it, and a failed sync fails every waiting
 * committer and breaks the store until it is reopened.
 */
class GroupCommitTest {
    private static final String DB = "g.db";
    private final MemoryVfs memory = new MemoryVfs();
    private final GatedSync gate = new GatedSync();
    private final Vfs vfs = gate.over(memory);
    private final ExecutorService committers = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        committers.shutdownNow();
    }

    private Store open() throws StorageException {
        return Stores.open(vfs, DB, StoreOptions.defaults().withPageSize(512).withJournalMode(JournalMode.WAL)
                .withSyncMode(SyncMode.FULL).withBusyTimeoutMillis(5_000));
    }

    private Future<Void> commitInBackground(Store store, int page, int value) {
        return committers.submit(() -> {
            try (WriteTxn w = store.beginWrite()) {
                PagerStoreTest.overwrite(w, page, value);
                w.commit();
            }
            return null;
        });
    }

    private void awaitSyncAtGate() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!gate.syncWaiting()) {
            assertTrue(System.nanoTime() < deadline, "no log sync reached the gate");
            Thread.sleep(1);
        }
    }

    private static int createPage(Store store) throws StorageException {
        try (WriteTxn w = store.beginWrite()) {
            int page = PagerStoreTest.allocateWith(w, 0);
            w.commit();
            return page;
        }
    }

    @Test
    void nextWriterRunsWhileACommitWaitsForItsSyncAndReadersSeeOnlyDurableCommits() throws Exception {
        try (Store store = open()) {
            int page = createPage(store);
            gate.holdSyncs();
            Future<Void> first = commitInBackground(store, page, 1);
            awaitSyncAtGate();
            try (ReadTxn r = store.beginRead()) {
                assertEquals(0, PagerStoreTest.valueOf(r, page), "a commit not yet durable is invisible to new snapshots");
            }
            Future<Void> second;
            try (WriteTxn w = store.beginWrite()) {
                assertEquals(1, PagerStoreTest.valueOf(w, page), "the next writer builds on the appended commit");
                second = commitInBackground(store, page, 2);
            }
            long syncsBefore = store.stats().syncs();
            gate.letThrough(2);
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            assertTrue(store.stats().syncs() - syncsBefore <= 2, "at most one sync per round");
            try (ReadTxn r = store.beginRead()) {
                assertEquals(2, PagerStoreTest.valueOf(r, page));
            }
            gate.stopHolding();
        }
    }

    @Test
    void oneSyncCoversEveryCommitAppendedBeforeIt() throws Exception {
        try (Store store = open()) {
            int page = createPage(store);
            int other = createPage(store);
            long csn = store.stats().lastCommitCsn();
            long syncsBefore = store.stats().syncs();
            gate.holdSyncs();
            Future<Void> leader = commitInBackground(store, page, 1);
            awaitSyncAtGate();
            // both append while the leader's sync is in flight, then share the next one
            Future<Void> a = commitInBackground(store, page, 2);
            Future<Void> b = commitInBackground(store, other, 3);
            waitUntilApplied(store, csn + 3);
            gate.letThrough(2);
            for (Future<Void> f : List.of(leader, a, b)) {
                f.get(10, TimeUnit.SECONDS);
            }
            assertEquals(2, store.stats().syncs() - syncsBefore, "three commits, two log syncs");
            gate.stopHolding();
        }
    }

    @Test
    void failedGroupSyncFailsEveryWaitingCommitterAndBreaksTheStore() throws Exception {
        Store store = open();
        int page = createPage(store);
        gate.holdSyncs();
        Future<Void> leader = commitInBackground(store, page, 1);
        awaitSyncAtGate();
        long csn = store.stats().lastCommitCsn();
        Future<Void> follower = commitInBackground(store, page, 2);
        waitUntilApplied(store, csn + 1);
        gate.failSyncs(new StorageException("58030", "simulated fsync failure"));
        gate.letThrough(10);
        for (Future<Void> f : List.of(leader, follower)) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
            assertEquals("58030", ((StorageException) e.getCause()).sqlState());
        }
        StorageException refused = assertThrows(StorageException.class, store::beginWrite);
        assertTrue(refused.getMessage().contains("must be reopened"), refused.getMessage());
        store.close();
        gate.failSyncs(null);
        try (Store reopened = Stores.open(memory, DB, StoreOptions.defaults().withPageSize(512))) {
            try (ReadTxn r = reopened.beginRead()) {
                int value = PagerStoreTest.valueOf(r, page);
                assertTrue(value >= 0 && value <= 2, "recovery keeps a prefix of the appended commits: " + value);
            }
        }
    }

    /** Waits until commit {@code csn} is applied (appended to the log, maybe not yet durable). */
    private static void waitUntilApplied(Store store, long csn) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (store.stats().lastCommitCsn() < csn) {
            assertTrue(System.nanoTime() < deadline, "commit " + csn + " was not appended");
            Thread.sleep(1);
        }
    }
}
