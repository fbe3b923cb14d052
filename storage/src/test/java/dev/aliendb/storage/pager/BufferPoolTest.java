package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.vfs.MemoryVfs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The buffer pool seen through a store: counters, pinning, temporary growth, and policy behaviour. */
class BufferPoolTest {
    private static final int PAGES = 400;
    private final MemoryVfs vfs = new MemoryVfs();

    private Store storeWithPages(String policy, int cache) throws StorageException {
        String path = "pool.db";
        if (!vfs.exists(path)) {
            try (Store s = Stores.open(vfs, path, StoreOptions.defaults().withPageSize(512)); WriteTxn w = s.beginWrite()) {
                for (int i = 2; i <= PAGES; i++) {
                    PagerStoreTest.allocateWith(w, i);
                }
                w.commit();
            }
        }
        return Stores.open(vfs, path, StoreOptions.defaults().withCacheSizePages(cache).withEvictionPolicy(policy));
    }

    private static void touch(ReadTxn r, int page) throws StorageException {
        assertEquals(page, PagerStoreTest.valueOf(r, page));
    }

    @Test
    void hitsAndMissesAreCounted() throws Exception {
        try (Store store = storeWithPages("lru", 50); ReadTxn r = store.beginRead()) {
            long misses = store.stats().cacheMisses();
            long hits = store.stats().cacheHits();
            touch(r, 10);
            touch(r, 10);
            touch(r, 11);
            assertEquals(misses + 2, store.stats().cacheMisses());
            assertEquals(hits + 1, store.stats().cacheHits());
            assertEquals("lru", store.stats().evictionPolicy());
        }
    }

    @Test
    void pinnedPagesAreNeverEvictedAndThePoolGrowsTemporarily() throws Exception {
        try (Store store = storeWithPages("adaptive", 8); ReadTxn r = store.beginRead()) {
            List<Page> pinned = new ArrayList<>();
            for (int p = 2; p < 40; p++) {
                pinned.add(r.pages().read(p));
            }
            for (int p = 40; p < 100; p++) {
                touch(r, p);
            }
            for (Page page : pinned) {
                assertEquals(page.number(), page.buffer().getInt(0), "pinned page kept its content");
                page.close();
            }
            r.close();
            assertTrue(((PagerStore) store).cachedPages() <= 8, "back to the budget once unpinned");
        }
    }

    @Test
    void cacheShrinksBackToItsBudgetAfterABigTransaction() throws Exception {
        try (Store store = storeWithPages("lru", 16)) {
            try (WriteTxn w = store.beginWrite()) {
                for (int p = 2; p <= 200; p++) {
                    PagerStoreTest.overwrite(w, p, p);
                }
                w.commit();
            }
            assertTrue(((PagerStore) store).cachedPages() <= 16, "cached " + ((PagerStore) store).cachedPages());
            try (ReadTxn r = store.beginRead()) {
                touch(r, 150);
            }
        }
    }

    /** Misses when re-reading a hot set after one scan of the whole file. */
    private int hotSetMissesAfterScan(String policy) throws Exception {
        try (Store store = storeWithPages(policy, 64); ReadTxn r = store.beginRead()) {
            for (int round = 0; round < 5; round++) {
                for (int p = 2; p < 34; p++) {
                    touch(r, p);
                }
                for (int p = 100 + round * 40; p < 140 + round * 40; p++) {
                    touch(r, p);
                }
            }
            for (int p = 34; p <= PAGES; p++) {
                touch(r, p);
            }
            long before = store.stats().cacheMisses();
            for (int p = 2; p < 34; p++) {
                touch(r, p);
            }
            return (int) (store.stats().cacheMisses() - before);
        }
    }

    @Test
    void adaptivePolicyResistsAScanThatFlushesLru() throws Exception {
        int lru = hotSetMissesAfterScan("lru");
        int adaptive = hotSetMissesAfterScan("adaptive");
        assertEquals(32, lru, "LRU loses the whole hot set to the scan");
        assertEquals(0, adaptive, "2Q keeps the hot set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lru", "lfu", "adaptive"})
    void everyPolicyReturnsCorrectPagesUnderPressure(String policy) throws Exception {
        try (Store store = storeWithPages(policy, 10); ReadTxn r = store.beginRead()) {
            java.util.Random random = new java.util.Random(3);
            for (int i = 0; i < 2000; i++) {
                touch(r, 2 + random.nextInt(PAGES - 1));
            }
            assertTrue(((PagerStore) store).cachedPages() <= 10);
            assertTrue(store.stats().cacheHits() > 0);
        }
    }
}
