package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of page allocations, writes, frees, meta changes and nested savepoints (rollbackTo,
 * release) against a model; each transaction commits or rolls back, and the committed database must
 * match the model and pass the integrity check (every page either live or free).
 */
class SavepointModelTest {
    /** Model of the database: live data pages with their values, and meta slot USER_VERSION. */
    private static final class State {
        final TreeMap<Integer, Integer> pages;
        long meta;

        State(TreeMap<Integer, Integer> pages, long meta) {
            this.pages = pages;
            this.meta = meta;
        }

        State copy() {
            return new State(new TreeMap<>(pages), meta);
        }
    }

    @Test
    void randomSavepointSequencesMatchTheModel() throws Exception {
        for (long seed = 0; seed < 100; seed++) {
            try {
                runSequence(seed);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("savepoint model test failed for seed " + seed, e);
            }
        }
    }

    private static void runSequence(long seed) throws Exception {
        Random random = new Random(seed);
        try (Store store = Stores.open(new MemoryVfs(), "s.db", StoreOptions.defaults().withPageSize(512).withCacheSizePages(6))) {
            State committed = new State(new TreeMap<>(), 0);
            for (int txn = 0; txn < 6; txn++) {
                State state = committed.copy();
                List<State> savepoints = new ArrayList<>();
                try (WriteTxn w = store.beginWrite()) {
                    for (int op = 0; op < 60; op++) {
                        apply(random, w, state);
                        state = current(state, savepoints, w, random);
                        assertEquals(state.meta, w.meta(MetaSlot.USER_VERSION));
                        for (var e : state.pages.entrySet()) {
                            assertEquals((int) e.getValue(), PagerStoreTest.valueOf(w, e.getKey()), "page " + e.getKey() + " in transaction");
                        }
                    }
                    if (random.nextInt(4) == 0) {
                        w.rollback();
                    } else {
                        w.commit();
                        committed = state;
                    }
                }
                verify(store, committed);
            }
        }
    }

    /** Savepoint operations replace the working state; returns it. */
    private static State current(State state, List<State> savepoints, WriteTxn w, Random random) throws StorageException {
        int choice = random.nextInt(12);
        if (choice == 0) {
            savepoints.add(state.copy());
            assertEquals(savepoints.size(), w.savepoint());
        } else if (choice == 1 && !savepoints.isEmpty()) {
            int level = 1 + random.nextInt(savepoints.size());
            w.rollbackTo(level);
            while (savepoints.size() > level) {
                savepoints.remove(savepoints.size() - 1);
            }
            return savepoints.get(level - 1).copy();
        } else if (choice == 2 && !savepoints.isEmpty()) {
            int level = 1 + random.nextInt(savepoints.size());
            w.release(level);
            while (savepoints.size() >= level) {
                savepoints.remove(savepoints.size() - 1);
            }
        }
        return state;
    }

    private static void apply(Random random, WriteTxn w, State state) throws StorageException {
        int choice = random.nextInt(10);
        List<Integer> live = new ArrayList<>(state.pages.keySet());
        if (choice < 4 || live.isEmpty()) {
            int value = random.nextInt();
            state.pages.put(PagerStoreTest.allocateWith(w, value), value);
        } else if (choice < 7) {
            int page = live.get(random.nextInt(live.size()));
            int value = random.nextInt();
            PagerStoreTest.overwrite(w, page, value);
            state.pages.put(page, value);
        } else if (choice < 9) {
            int page = live.get(random.nextInt(live.size()));
            w.pages().free(page);
            state.pages.remove(page);
        } else {
            state.meta = random.nextLong();
            w.setMeta(MetaSlot.USER_VERSION, state.meta);
        }
        assertEquals(state.meta, w.meta(MetaSlot.USER_VERSION));
    }

    private static void verify(Store store, State expected) throws StorageException {
        try (ReadTxn r = store.beginRead()) {
            assertEquals(expected.meta, r.meta(MetaSlot.USER_VERSION));
            for (var e : expected.pages.entrySet()) {
                assertEquals((int) e.getValue(), PagerStoreTest.valueOf(r, e.getKey()), "page " + e.getKey());
            }
        }
        List<TreeRoot> roots = expected.pages.isEmpty() ? List.of() : List.of(new TreeRoot(expected.pages.firstKey(), false, "live"));
        assertEquals(List.of(), ((PagerStore) store).checkIntegrity(roots, (PageAccess pages, TreeRoot root, java.util.BitSet used, List<String> problems) -> {
            for (int page : expected.pages.keySet()) {
                used.set(page);
            }
        }));
    }
}
