package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.page.Page;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * A seeded sequence of page-level transactions with a model of the expected database after each one.
 * The database holds a directory page (meta slot SCHEMA_ROOT) listing data pages; transaction k
 * allocates, rewrites and frees data pages, fills each page it writes with a pattern derived from
 * (k, page number), rewrites the directory and sets USER_VERSION = k. {@link #verify} checks that a
 * database is exactly the state after some transaction.
 */
final class PageWorkload {
    /** Model: data page -> number of the transaction that last wrote it. */
    private TreeMap<Integer, Integer> pages = new TreeMap<>();
    private final List<TreeMap<Integer, Integer>> states = new ArrayList<>();
    private final Random random;

    PageWorkload(long seed) {
        this.random = new Random(seed);
        states.add(new TreeMap<>());
    }

    /** Transactions whose expected state is known (committed or attempted). */
    int planned() {
        return states.size() - 1;
    }

    /** Runs transaction {@code planned()+1}; its expected state is recorded before commit is called. */
    void runNext(Store store) throws StorageException {
        int k = states.size();
        TreeMap<Integer, Integer> next = new TreeMap<>(pages);
        try (WriteTxn w = store.beginWrite()) {
            int dir = (int) w.meta(MetaSlot.SCHEMA_ROOT);
            if (dir == 0) {
                try (Page p = w.pages().allocate()) {
                    dir = p.number();
                }
                w.setMeta(MetaSlot.SCHEMA_ROOT, dir);
            }
            List<Integer> existing = new ArrayList<>(next.keySet());
            int frees = existing.isEmpty() ? 0 : random.nextInt(Math.min(3, existing.size()) + 1);
            for (int i = 0; i < frees; i++) {
                int victim = existing.remove(random.nextInt(existing.size()));
                next.remove(victim);
                w.pages().free(victim);
            }
            int rewrites = existing.isEmpty() ? 0 : random.nextInt(Math.min(4, existing.size()) + 1);
            for (int i = 0; i < rewrites; i++) {
                int page = existing.get(random.nextInt(existing.size()));
                try (Page p = w.pages().write(page)) {
                    fill(p.buffer(), k, page);
                }
                next.put(page, k);
            }
            int allocations = 1 + random.nextInt(4);
            for (int i = 0; i < allocations; i++) {
                try (Page p = w.pages().allocate()) {
                    fill(p.buffer(), k, p.number());
                    next.put(p.number(), k);
                }
            }
            try (Page p = w.pages().write(dir)) {
                ByteBuffer b = p.buffer();
                b.putInt(0, next.size());
                int at = 4;
                for (int page : next.keySet()) {
                    b.putInt(at, page);
                    at += 4;
                }
            }
            w.setMeta(MetaSlot.USER_VERSION, k);
            states.add(next);
            w.commit();
        }
        pages = next;
    }

    /** Asserts the database equals the state after transaction {@code k}; returns the directory root. */
    TreeRoot verify(Store store, int k, String context) throws StorageException {
        TreeMap<Integer, Integer> expected = states.get(k);
        try (ReadTxn r = store.beginRead()) {
            assertEquals(k, r.meta(MetaSlot.USER_VERSION), context);
            int dir = (int) r.meta(MetaSlot.SCHEMA_ROOT);
            if (k == 0) {
                assertEquals(0, dir, context);
                return null;
            }
            TreeMap<Integer, Integer> actual = new TreeMap<>();
            try (Page p = r.pages().read(dir)) {
                ByteBuffer b = p.buffer();
                int n = b.getInt(0);
                for (int i = 0; i < n; i++) {
                    actual.put(b.getInt(4 + 4 * i), -1);
                }
            }
            assertEquals(expected.keySet(), actual.keySet(), context + ": data pages of transaction " + k);
            for (var e : expected.entrySet()) {
                try (Page p = r.pages().read(e.getKey())) {
                    ByteBuffer want = ByteBuffer.allocate(p.buffer().capacity());
                    fill(want, e.getValue(), e.getKey());
                    assertEquals(want, p.buffer().duplicate().clear(), context + ": page " + e.getKey());
                }
            }
            return new TreeRoot(dir, false, "directory");
        }
    }

    /** Integrity checker for the directory structure: marks the directory and its data pages. */
    static final TreeChecker DIRECTORY = (pages, root, used, problems) -> {
        used.set(root.rootPage());
        try (Page p = pages.read(root.rootPage())) {
            int n = p.buffer().getInt(0);
            for (int i = 0; i < n; i++) {
                int page = p.buffer().getInt(4 + 4 * i);
                if (used.get(page)) {
                    problems.add("page " + page + " is used twice");
                }
                used.set(page);
            }
        }
    };

    private static void fill(ByteBuffer b, int txn, int page) {
        int x = txn * 1_000_003 + page * 7919;
        for (int i = 0; i + 4 <= b.capacity(); i += 4) {
            b.putInt(i, x);
            x = x * 1_103_515_245 + 12345;
        }
    }
}
