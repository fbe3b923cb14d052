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
import dev.aliendb.storage.WalCheckpoint;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.vfs.MemoryVfs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * WAL mode under concurrency: 8 threads commit small transfers between account pages (group commit with
 * synchronous=FULL, plain appends with NORMAL) while readers check on every snapshot that the balances still
 * sum to the initial total, and a thread runs PASSIVE and FULL checkpoints; the tiny cache makes readers load
 * pages from the log and the database file while checkpoints move them. At the end every transfer is there.
 */
class WalConcurrencyTest {
    private static final int ACCOUNTS = 16;
    private static final int INITIAL = 1_000;
    private static final int WRITERS = 8;
    private static final int TRANSFERS_PER_WRITER = 400;

    @ParameterizedTest
    @EnumSource(value = SyncMode.class, names = {"FULL", "NORMAL"})
    void snapshotsAlwaysBalanceWhileEightThreadsCommitAndCheckpointsRun(SyncMode sync) throws Exception {
        try (Store store = Stores.open(new MemoryVfs(), "bank.db", StoreOptions.defaults().withPageSize(512)
                .withCacheSizePages(6).withJournalMode(JournalMode.WAL).withSyncMode(sync).withBusyTimeoutMillis(30_000))) {
            PagerStore pager = (PagerStore) store;
            pager.setWalAutoCheckpoint(40);
            int[] accounts = new int[ACCOUNTS];
            try (WriteTxn w = store.beginWrite()) {
                for (int i = 0; i < ACCOUNTS; i++) {
                    accounts[i] = PagerStoreTest.allocateWith(w, INITIAL);
                }
                w.commit();
            }
            long setUp = store.stats().lastCommitCsn();
            AtomicBoolean done = new AtomicBoolean();
            AtomicLong snapshotsChecked = new AtomicLong();
            AtomicLong checkpoints = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 3);
            List<Future<?>> background = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                background.add(pool.submit(() -> {
                    while (!done.get()) {
                        try (ReadTxn r = store.beginRead()) {
                            assertEquals(ACCOUNTS * INITIAL, sum(r, accounts), "balances of snapshot " + r.csn());
                        }
                        snapshotsChecked.incrementAndGet();
                    }
                    return null;
                }));
            }
            background.add(pool.submit(() -> {
                for (int i = 0; !done.get(); i++) {
                    pager.checkpointWal(i % 2 == 0 ? WalCheckpoint.PASSIVE : WalCheckpoint.FULL);
                    checkpoints.incrementAndGet();
                    Thread.sleep(2);
                }
                return null;
            }));
            List<Future<?>> writers = new ArrayList<>();
            AtomicLong moved = new AtomicLong();
            for (int t = 0; t < WRITERS; t++) {
                Random random = new Random(t);
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < TRANSFERS_PER_WRITER; i++) {
                        transfer(store, accounts, random, moved);
                    }
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get(60, TimeUnit.SECONDS);
            }
            done.set(true);
            for (Future<?> f : background) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            try (ReadTxn r = store.beginRead()) {
                assertEquals(ACCOUNTS * INITIAL, sum(r, accounts));
                assertEquals(setUp + WRITERS * TRANSFERS_PER_WRITER, r.csn(), "every transfer committed once");
            }
            assertTrue(snapshotsChecked.get() > 0 && checkpoints.get() > 0, snapshotsChecked + " snapshots, " + checkpoints + " checkpoints");
            assertTrue(moved.get() > 0);
        }
    }

    private static void transfer(Store store, int[] accounts, Random random, AtomicLong moved) throws StorageException {
        int from = accounts[random.nextInt(ACCOUNTS)];
        int to = accounts[random.nextInt(ACCOUNTS)];
        int amount = 1 + random.nextInt(50);
        try (WriteTxn w = store.beginWrite()) {
            PagerStoreTest.overwrite(w, from, PagerStoreTest.valueOf(w, from) - amount);
            PagerStoreTest.overwrite(w, to, PagerStoreTest.valueOf(w, to) + amount);
            w.commit();
        }
        moved.addAndGet(amount);
    }

    private static int sum(ReadTxn r, int[] accounts) throws StorageException {
        int total = 0;
        for (int page : accounts) {
            total += PagerStoreTest.valueOf(r, page);
        }
        return total;
    }
}
