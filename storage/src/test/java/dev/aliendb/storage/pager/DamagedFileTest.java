package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.vfs.MemoryVfs;
import dev.aliendb.storage.vfs.VfsFile;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Damaged but checksum-valid structures (as a buggy writer could produce): a cyclic or out-of-range free
 * list and a journal with absurd lengths must give clean errors or reports, never a hang or an OOM.
 */
class DamagedFileTest {
    private final MemoryVfs vfs = new MemoryVfs();
    private final StoreOptions options = StoreOptions.defaults().withPageSize(512);

    /** Rewrites page {@code page} (usable bytes from {@code edit}) with a valid checksum. */
    private void rewrite(int page, java.util.function.Consumer<ByteBuffer> edit) throws StorageException {
        try (VfsFile f = vfs.open("d.db", false, false)) {
            PageFile file = new PageFile(f, 512);
            ByteBuffer b = ByteBuffer.allocate(512);
            file.read(page, b);
            edit.accept(b);
            if (page == 1) {
                FileHeader.seal(b);
            }
            file.write(page, b);
        }
    }

    private void createWithFreePages(int pages) throws StorageException {
        try (Store store = Stores.open(vfs, "d.db", options)) {
            int[] numbers = new int[pages];
            try (WriteTxn w = store.beginWrite()) {
                for (int i = 0; i < pages; i++) {
                    numbers[i] = PagerStoreTest.allocateWith(w, i);
                }
                w.commit();
            }
            try (WriteTxn w = store.beginWrite()) {
                for (int p : numbers) {
                    w.pages().free(p);
                }
                w.commit();
            }
        }
    }

    @Test
    void cyclicFreeListIsReportedNotLooped() throws Exception {
        createWithFreePages(300);
        int head;
        try (Store store = Stores.open(vfs, "d.db", options); ReadTxn r = store.beginRead()) {
            try (var h = r.pages().read(1)) {
                head = FileHeader.freeHead(h.buffer());
            }
        }
        int trunk = head;
        rewrite(trunk, b -> b.putInt(0, trunk));
        try (Store store = Stores.open(vfs, "d.db", options)) {
            List<String> problems = ((PagerStore) store).checkIntegrity(List.of(), (p, root, used, list) -> { });
            assertTrue(problems.contains("free-list trunk " + trunk + " is used twice"), problems.toString());
        }
    }

    @Test
    void outOfRangeFreeListEntriesAreCorruption() throws Exception {
        createWithFreePages(3);
        rewrite(1, b -> FileHeader.setFreeHead(b, 9999));
        try (Store store = Stores.open(vfs, "d.db", options); WriteTxn w = store.beginWrite()) {
            CorruptionException e = assertThrows(CorruptionException.class, () -> w.pages().allocate());
            assertEquals(1, e.pageNumber());
            assertTrue(e.getMessage().contains("free-list head 9999 is out of range"), e.getMessage());
        }
    }

    @Test
    void absurdTrunkLeafCountIsCorruptionOfTheTrunk() throws Exception {
        createWithFreePages(3);
        int head;
        try (Store store = Stores.open(vfs, "d.db", options); ReadTxn r = store.beginRead(); var h = r.pages().read(1)) {
            head = FileHeader.freeHead(h.buffer());
        }
        rewrite(head, b -> b.putInt(4, Integer.MAX_VALUE));
        try (Store store = Stores.open(vfs, "d.db", options); WriteTxn w = store.beginWrite()) {
            CorruptionException e = assertThrows(CorruptionException.class, () -> w.pages().allocate());
            assertEquals(head, e.pageNumber());
        }
    }

    @Test
    void journalClaimingBillionsOfRecordsIsBoundedByItsSize() throws Exception {
        createWithFreePages(1);
        byte[] before = vfs.snapshot("d.db");
        try (VfsFile j = vfs.open("d.db-journal", true, false)) {
            j.write(0, dev.aliendb.storage.journal.JournalTestAccess.header(512, 1L, 2, -1));
        }
        try (Store store = Stores.open(vfs, "d.db", options); ReadTxn r = store.beginRead()) {
            assertEquals(2, r.pages().pageCount());
        }
        assertEquals(before.length, vfs.snapshot("d.db").length);
        assertTrue(!vfs.exists("d.db-journal"));
    }

    @Test
    void headerPageCountBeyondTheFileIsCorruptionOfTheMissingPage() throws Exception {
        createWithFreePages(1);
        rewrite(1, b -> FileHeader.setPageCount(b, 50));
        try (Store store = Stores.open(vfs, "d.db", options); ReadTxn r = store.beginRead()) {
            assertEquals(40, assertThrows(CorruptionException.class, () -> r.pages().read(40)).pageNumber());
            List<String> problems = ((PagerStore) store).checkIntegrity(List.of(), (p, root, used, list) -> { });
            assertEquals(List.of("file holds 2 pages but the header says 50"), problems);
        }
    }
}
