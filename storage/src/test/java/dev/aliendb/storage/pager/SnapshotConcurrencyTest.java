package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.vfs.MemoryVfs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import dev.aliendb.storage.JournalMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Readers on other threads never block the writer and never see a mix of two commits: commit k writes k
 * into every data page and USER_VERSION, so a snapshot must read one k everywhere, however the commits
 * interleave with its reads. The tiny cache forces reloads from disk (or the WAL) during commits and,
 * in WAL mode, checkpoints.
 */
class SnapshotConcurrencyTest {
    private static final int DATA_PAGES = 12;

    @ParameterizedTest
    @EnumSource(value = JournalMode.class, names = {"DELETE", "WAL"})
    void snapshotsAreConsistentWhileCommitsRun(JournalMode mode) throws Exception {
        try (Store store = Stores.open(new MemoryVfs(), "c.db",
                StoreOptions.defaults().withPageSize(512).withCacheSizePages(4).withJournalMode(mode))) {
            ((PagerStore) store).setWalAutoCheckpoint(50);
            try (WriteTxn w = store.beginWrite()) {
                for (int i = 0; i < DATA_PAGES; i++) {
                    PagerStoreTest.allocateWith(w, 0);
                }
                w.commit();
            }
            AtomicBoolean done = new AtomicBoolean();
            AtomicLong snapshotsChecked = new AtomicLong();
            ExecutorService readers = Executors.newFixedThreadPool(3);
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                results.add(readers.submit(() -> {
                    while (!done.get()) {
                        try (ReadTxn r = store.beginRead()) {
                            long k = r.meta(MetaSlot.USER_VERSION);
                            for (int round = 0; round < 2; round++) {
                                for (int p = 2; p < 2 + DATA_PAGES; p++) {
                                    assertEquals(k, PagerStoreTest.valueOf(r, p), "page " + p + " of snapshot " + r.csn());
                                }
                            }
                            snapshotsChecked.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (int k = 1; k <= 300; k++) {
                try (WriteTxn w = store.beginWrite()) {
                    for (int p = 2; p < 2 + DATA_PAGES; p++) {
                        PagerStoreTest.overwrite(w, p, k);
                    }
                    w.setMeta(MetaSlot.USER_VERSION, k);
                    w.commit();
                }
            }
            done.set(true);
            for (Future<?> f : results) {
                f.get();
            }
            readers.shutdown();
            assertTrue(snapshotsChecked.get() > 0);
            assertEquals(0, ((PagerStore) store).retainedVersions(), "old images are dropped once no snapshot needs them");
        }
    }
}
