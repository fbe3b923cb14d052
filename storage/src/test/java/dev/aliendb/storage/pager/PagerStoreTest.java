package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.vfs.MemoryVfs;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class PagerStoreTest {
    private final MemoryVfs vfs = new MemoryVfs();
    private final StoreOptions options = StoreOptions.defaults().withPageSize(1024).withCacheSizePages(16);

    private Store open() throws StorageException {
        return Stores.open(vfs, "t.db", options);
    }

    static int allocateWith(WriteTxn txn, int value) throws StorageException {
        try (Page page = txn.pages().allocate()) {
            page.buffer().putInt(0, value);
            return page.number();
        }
    }

    static int valueOf(ReadTxn txn, int pageNumber) throws StorageException {
        try (Page page = txn.pages().read(pageNumber)) {
            return page.buffer().getInt(0);
        }
    }

    static void overwrite(WriteTxn txn, int pageNumber, int value) throws StorageException {
        try (Page page = txn.pages().write(pageNumber)) {
            page.buffer().putInt(0, value);
        }
    }

    @Test
    void newDatabaseHasOnlyTheHeaderPage() throws Exception {
        try (Store store = open(); ReadTxn r = store.beginRead()) {
            assertEquals(1, r.pages().pageCount());
            assertEquals(1020, r.pages().usableSize());
            assertEquals(1, store.stats().pageCount());
        }
    }

    @Test
    void committedPagesAndMetaSurviveReopen() throws Exception {
        int page;
        try (Store store = open(); WriteTxn w = store.beginWrite()) {
            page = allocateWith(w, 42);
            w.setMeta(MetaSlot.USER_VERSION, 7);
            w.commit();
        }
        try (Store store = open(); ReadTxn r = store.beginRead()) {
            assertEquals(42, valueOf(r, page));
            assertEquals(7, r.meta(MetaSlot.USER_VERSION));
            assertEquals(2, r.pages().pageCount());
        }
    }

    @Test
    void rollbackDiscardsChanges() throws Exception {
        try (Store store = open()) {
            int page;
            try (WriteTxn w = store.beginWrite()) {
                page = allocateWith(w, 1);
                w.commit();
            }
            try (WriteTxn w = store.beginWrite()) {
                overwrite(w, page, 2);
                allocateWith(w, 3);
                w.setMeta(MetaSlot.SCHEMA_ROOT, 9);
                assertEquals(2, valueOf(w, page));
                w.rollback();
            }
            try (ReadTxn r = store.beginRead()) {
                assertEquals(1, valueOf(r, page));
                assertEquals(2, r.pages().pageCount());
                assertEquals(0, r.meta(MetaSlot.SCHEMA_ROOT));
            }
        }
    }

    @Test
    void readerKeepsItsSnapshotAcrossCommits() throws Exception {
        try (Store store = open()) {
            int page;
            try (WriteTxn w = store.beginWrite()) {
                page = allocateWith(w, 1);
                w.commit();
            }
            try (ReadTxn old = store.beginRead()) {
                for (int v = 2; v <= 40; v++) {
                    try (WriteTxn w = store.beginWrite()) {
                        overwrite(w, page, v);
                        allocateWith(w, -v);
                        w.setMeta(MetaSlot.SCHEMA_VERSION, v);
                        w.commit();
                    }
                }
                assertEquals(1, valueOf(old, page));
                assertEquals(2, old.pages().pageCount());
                assertEquals(0, old.meta(MetaSlot.SCHEMA_VERSION));
                try (ReadTxn now = store.beginRead()) {
                    assertEquals(40, valueOf(now, page));
                    assertEquals(41, now.pages().pageCount());
                }
                assertTrue(((PagerStore) store).retainedVersions() > 0);
            }
            assertEquals(0, ((PagerStore) store).retainedVersions());
        }
    }

    @Test
    void freedPagesAreReusedBeforeTheFileGrows() throws Exception {
        try (Store store = open()) {
            int[] pages = new int[600];
            try (WriteTxn w = store.beginWrite()) {
                for (int i = 0; i < pages.length; i++) {
                    pages[i] = allocateWith(w, i);
                }
                w.commit();
            }
            try (WriteTxn w = store.beginWrite()) {
                for (int p : pages) {
                    w.pages().free(p);
                }
                w.commit();
            }
            assertEquals(600, store.stats().freePages());
            try (WriteTxn w = store.beginWrite()) {
                for (int i = 0; i < 600; i++) {
                    int p = allocateWith(w, i);
                    assertTrue(p <= 601, "reused page " + p);
                }
                w.commit();
            }
            assertEquals(601, store.stats().pageCount());
            assertEquals(0, store.stats().freePages());
        }
    }

    @Test
    void savepointsRestorePagesAndMeta() throws Exception {
        try (Store store = open(); WriteTxn w = store.beginWrite()) {
            int a = allocateWith(w, 1);
            int sp1 = w.savepoint();
            overwrite(w, a, 2);
            w.setMeta(MetaSlot.USER_VERSION, 5);
            int b = allocateWith(w, 3);
            int sp2 = w.savepoint();
            overwrite(w, a, 4);
            overwrite(w, b, 5);
            w.rollbackTo(sp2);
            assertEquals(2, valueOf(w, a));
            assertEquals(3, valueOf(w, b));
            overwrite(w, a, 6);
            w.release(sp2);
            w.rollbackTo(sp1);
            assertEquals(1, valueOf(w, a));
            assertEquals(0, w.meta(MetaSlot.USER_VERSION));
            assertEquals(2, w.pages().pageCount());
            assertThrows(StorageException.class, () -> w.rollbackTo(sp2));
            w.commit();
        }
    }

    @Test
    void secondWriterTimesOutAsBusy() throws Exception {
        try (Store store = Stores.open(vfs, "t.db", options.withBusyTimeoutMillis(50)); WriteTxn w = store.beginWrite()) {
            StorageException e = assertThrows(StorageException.class, () -> {
                try {
                    CompletableFuture.supplyAsync(() -> {
                        try {
                            return store.beginWrite();
                        } catch (StorageException ex) {
                            throw new RuntimeException(ex);
                        }
                    }).get();
                } catch (ExecutionException ex) {
                    throw (StorageException) ex.getCause().getCause();
                }
            });
            assertEquals("40001", e.sqlState());
            assertEquals("database is busy", e.getMessage());
        }
    }

    @Test
    void readOnlyStoreReadsButRefusesWrites() throws Exception {
        int page;
        try (Store store = open(); WriteTxn w = store.beginWrite()) {
            page = allocateWith(w, 5);
            w.commit();
        }
        try (Store store = Stores.open(vfs, "t.db", options.withReadOnly(true))) {
            try (ReadTxn r = store.beginRead()) {
                assertEquals(5, valueOf(r, page));
                assertThrows(StorageException.class, () -> r.pages().write(page));
            }
            assertEquals("25006", assertThrows(StorageException.class, store::beginWrite).sqlState());
        }
        assertEquals("58030", assertThrows(StorageException.class,
                () -> Stores.open(vfs, "missing.db", options.withReadOnly(true))).sqlState());
    }

    @Test
    void sameFileCannotBeOpenedTwice() throws Exception {
        try (Store store = open()) {
            StorageException e = assertThrows(StorageException.class, this::open);
            assertEquals("55006", e.sqlState());
        }
    }

    @Test
    void integrityOfRawPagesNeedsTheirOwner() throws Exception {
        try (Store store = open()) {
            int page;
            try (WriteTxn w = store.beginWrite()) {
                page = allocateWith(w, 1);
                int freed = allocateWith(w, 2);
                w.pages().free(freed);
                w.commit();
            }
            PagerStore pager = (PagerStore) store;
            assertEquals(List.of("page " + page + " is never used"), pager.checkIntegrity(List.of(), (p, r, u, problems) -> { }));
            assertEquals(List.of(), pager.checkIntegrity(List.of(new dev.aliendb.storage.TreeRoot(page, false, "raw")),
                    (p, r, used, problems) -> used.set(r.rootPage())));
        }
    }
}
