package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.vfs.FileVfs;
import dev.aliendb.storage.vfs.MemoryVfs;
import dev.aliendb.storage.vfs.VfsFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The on-disk format: header validation, foreign and future files, page checksums, page sizes. */
class FileFormatTest {
    @TempDir
    Path dir;

    private final MemoryVfs vfs = new MemoryVfs();

    private void createWithPages(String path, int pages) throws StorageException {
        try (Store store = Stores.open(vfs, path, StoreOptions.defaults().withPageSize(512));
             WriteTxn w = store.beginWrite()) {
            for (int i = 0; i < pages; i++) {
                PagerStoreTest.allocateWith(w, 100 + i);
            }
            w.commit();
        }
    }

    private void patch(String path, long offset, byte[] bytes) throws StorageException {
        try (VfsFile f = vfs.open(path, false, false)) {
            f.write(offset, ByteBuffer.wrap(bytes));
        }
    }

    @Test
    void foreignFileIsRefusedAndLeftUntouched() throws Exception {
        Path foreign = dir.resolve("notes.txt");
        byte[] content = "This is somebody's text file, not a database. ".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(foreign, content);
        StorageException e = assertThrows(StorageException.class, () -> Stores.open(new FileVfs(), foreign.toString(), StoreOptions.defaults()));
        assertEquals("58000", e.sqlState());
        assertEquals("file is not an AlienDB database: " + foreign, e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(foreign));
        assertTrue(!Files.exists(dir.resolve("notes.txt-journal")));
    }

    @Test
    void tinyFileIsRefused() throws Exception {
        Path tiny = dir.resolve("tiny");
        Files.write(tiny, new byte[] {1, 2, 3});
        assertEquals("58000", assertThrows(StorageException.class,
                () -> Stores.open(new FileVfs(), tiny.toString(), StoreOptions.defaults())).sqlState());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(tiny));
    }

    @Test
    void unknownFormatVersionIsRefusedAndLeftUntouched() throws Exception {
        createWithPages("v.db", 1);
        patch("v.db", 16, new byte[] {0, 0, 0, 2});
        byte[] before = vfs.snapshot("v.db");
        StorageException e = assertThrows(StorageException.class, () -> Stores.open(vfs, "v.db", StoreOptions.defaults()));
        assertEquals("0A000", e.sqlState());
        assertTrue(e.getMessage().startsWith("unsupported AlienDB file format version 2"), e.getMessage());
        assertArrayEquals(before, vfs.snapshot("v.db"));
    }

    @Test
    void damagedHeaderIsCorruptionOfPageOne() throws Exception {
        createWithPages("h.db", 1);
        patch("h.db", 40, new byte[] {0x7f});
        CorruptionException e = assertThrows(CorruptionException.class, () -> Stores.open(vfs, "h.db", StoreOptions.defaults()));
        assertEquals(1, e.pageNumber());
        assertEquals("XX001", e.sqlState());
    }

    @Test
    void flippedByteOnDiskIsReportedForItsPage() throws Exception {
        createWithPages("c.db", 3);
        patch("c.db", 2L * 512 + 100, new byte[] {(byte) 0xAB});
        try (Store store = Stores.open(vfs, "c.db", StoreOptions.defaults()); ReadTxn r = store.beginRead()) {
            try (Page ok = r.pages().read(2)) {
                assertEquals(100, ok.buffer().getInt(0));
            }
            CorruptionException e = assertThrows(CorruptionException.class, () -> r.pages().read(3));
            assertEquals(3, e.pageNumber());
            assertEquals("database disk image is malformed: page 3: checksum mismatch", e.getMessage());
            List<String> problems = ((PagerStore) store).checkIntegrity(List.of(), (p, root, used, list) -> { });
            assertTrue(problems.contains("database disk image is malformed: page 3: checksum mismatch"), problems.toString());
        }
    }

    @Test
    void pageWrittenToTheWrongPlaceFailsItsChecksum() throws Exception {
        createWithPages("m.db", 2);
        byte[] file = vfs.snapshot("m.db");
        byte[] page2 = java.util.Arrays.copyOfRange(file, 512, 1024);
        patch("m.db", 1024, page2);
        try (Store store = Stores.open(vfs, "m.db", StoreOptions.defaults()); ReadTxn r = store.beginRead()) {
            assertEquals(3, assertThrows(CorruptionException.class, () -> r.pages().read(3)).pageNumber());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {512, 1024, 4096, 65536})
    void everyPowerOfTwoPageSizeWorksAndIsKeptOnReopen(int pageSize) throws Exception {
        String path = "p" + pageSize;
        try (Store store = Stores.open(vfs, path, StoreOptions.defaults().withPageSize(pageSize)); WriteTxn w = store.beginWrite()) {
            PagerStoreTest.allocateWith(w, 5);
            w.commit();
        }
        try (Store store = Stores.open(vfs, path, StoreOptions.defaults().withPageSize(1024)); ReadTxn r = store.beginRead()) {
            assertEquals(pageSize, store.stats().pageSize());
            assertEquals(pageSize - 4, r.pages().usableSize());
            assertEquals(5, PagerStoreTest.valueOf(r, 2));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 256, 1000, 131072})
    void invalidPageSizeIsRejected(int pageSize) {
        StorageException e = assertThrows(StorageException.class,
                () -> Stores.open(vfs, "bad", StoreOptions.defaults().withPageSize(pageSize)));
        assertEquals("22023", e.sqlState());
        assertTrue(!vfs.exists("bad"));
    }

    @Test
    void headerFieldsMatchTheDocumentedLayout() throws Exception {
        try (Store store = Stores.open(vfs, "l.db", StoreOptions.defaults().withPageSize(512).withJournalMode(JournalMode.TRUNCATE))) {
            assertEquals(JournalMode.TRUNCATE, store.stats().journalMode());
        }
        ByteBuffer h = ByteBuffer.wrap(vfs.snapshot("l.db"));
        assertEquals("AlienDB format", new String(h.array(), 0, 14, StandardCharsets.US_ASCII));
        assertEquals(0, h.get(14));
        assertEquals(0, h.get(15));
        assertEquals(1, h.getInt(16));
        assertEquals(512, h.getInt(20));
        assertEquals(4, h.getInt(24));
        assertEquals(1, h.getInt(28));
        assertEquals(1, h.getLong(32));
        assertEquals(1, h.getInt(40));
        assertEquals(JournalMode.TRUNCATE.ordinal(), h.getInt(52));
    }
}
