package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.CheckpointResult;
import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.WalCheckpoint;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.vfs.MemoryVfs;
import org.junit.jupiter.api.Test;

/** The storage side of PRAGMA wal_checkpoint, wal_autocheckpoint and wal_compression. */
class WalPragmaTest {
    private final MemoryVfs vfs = new MemoryVfs();

    private PagerStore open(JournalMode mode) throws StorageException {
        return (PagerStore) Stores.open(vfs, "p.db", StoreOptions.defaults().withPageSize(1024).withJournalMode(mode)
                .withBusyTimeoutMillis(0));
    }

    private static void commitPages(Store store, int count) throws StorageException {
        try (WriteTxn w = store.beginWrite()) {
            for (int i = 0; i < count; i++) {
                PagerStoreTest.allocateWith(w, i);
            }
            w.commit();
        }
    }

    @Test
    void checkpointModesReportBusyOnlyWhenTheyMustWaitForTheWriter() throws Exception {
        try (PagerStore store = open(JournalMode.WAL)) {
            store.setWalAutoCheckpoint(0);
            commitPages(store, 3);
            int frames = store.walFrames();
            assertTrue(frames >= 4, "frames " + frames);
            try (WriteTxn writer = store.beginWrite()) {
                PagerStoreTest.allocateWith(writer, 9);
                assertEquals(new CheckpointResult(1, frames, frames), store.checkpointWal(WalCheckpoint.FULL),
                        "FULL gives up waiting for the writer but still checkpoints passively");
                assertEquals(new CheckpointResult(0, 0, 0), store.checkpointWal(WalCheckpoint.PASSIVE), "PASSIVE does not wait");
                writer.commit();
            }
            int more = store.walFrames();
            assertEquals(new CheckpointResult(0, more, more), store.checkpointWal(WalCheckpoint.RESTART));
            assertEquals(0, store.walFrames());
            try (ReadTxn r = store.beginRead()) {
                assertEquals(9, PagerStoreTest.valueOf(r, 5));
            }
        }
    }

    @Test
    void checkpointOutsideWalModeReportsNoLog() throws Exception {
        try (PagerStore store = open(JournalMode.DELETE)) {
            assertEquals(CheckpointResult.NOT_WAL, store.checkpointWal(WalCheckpoint.TRUNCATE));
        }
    }

    @Test
    void autoCheckpointThresholdAndDisabling() throws Exception {
        try (PagerStore store = open(JournalMode.WAL)) {
            assertEquals(1000, store.walAutoCheckpoint());
            store.setWalAutoCheckpoint(5);
            assertEquals(5, store.walAutoCheckpoint());
            commitPages(store, 6);
            store.awaitAutoCheckpoints();
            assertEquals(0, store.walFrames(), "a commit reaching the threshold checkpoints (in the background)");
            store.setWalAutoCheckpoint(-1);
            assertEquals(0, store.walAutoCheckpoint());
            for (int i = 0; i < 5; i++) {
                commitPages(store, 6);
            }
            assertEquals(35, store.walFrames(), "disabled: the log keeps every frame");
        }
    }

    @Test
    void compressionOffWritesWholePagesAndBothKindsStayReadable() throws Exception {
        long compressed;
        try (PagerStore store = open(JournalMode.WAL)) {
            assertFalse(store.walCompression(), "off by default");
            store.setWalCompression(true);
            store.setWalAutoCheckpoint(0);
            commitPages(store, 8);
            compressed = vfs.snapshot("p.db-wal").length;
            store.setWalCompression(false);
            assertFalse(store.walCompression());
            long before = vfs.snapshot("p.db-wal").length;
            commitPages(store, 8);
            long plain = vfs.snapshot("p.db-wal").length - before;
            assertTrue(plain > 2 * (compressed - 32), "plain " + plain + " bytes vs compressed " + (compressed - 32));
            assertEquals(9 * (24 + 1024), plain, "8 new pages and page 1, uncompressed");
        }
        try (PagerStore reopened = open(JournalMode.WAL); ReadTxn r = reopened.beginRead()) {
            assertEquals(7, PagerStoreTest.valueOf(r, 9));
            assertEquals(7, PagerStoreTest.valueOf(r, 17));
        }
    }
}
