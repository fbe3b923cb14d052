package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.CheckpointResult;
import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.WalCheckpoint;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.vfs.FaultInjectingVfs;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each journal mode leaves on disk, sync counts per synchronous level, and hot-journal rollback. */
class JournalModeTest {
    private static final String DB = "j.db";
    private static final String JOURNAL = "j.db-journal";

    private final FaultInjectingVfs vfs = new FaultInjectingVfs();

    private Store open(JournalMode mode, SyncMode sync) throws StorageException {
        return Stores.open(vfs, DB, StoreOptions.defaults().withPageSize(512).withJournalMode(mode).withSyncMode(sync));
    }

    private static void commitOnePage(Store store, int value) throws StorageException {
        try (WriteTxn w = store.beginWrite()) {
            PagerStoreTest.allocateWith(w, value);
            w.commit();
        }
    }

    @ParameterizedTest
    @EnumSource(JournalMode.class)
    void journalFileAfterCommitMatchesTheMode(JournalMode mode) throws Exception {
        try (Store store = open(mode, SyncMode.FULL)) {
            commitOnePage(store, 1);
            byte[] journal = vfs.base().snapshot(JOURNAL);
            switch (mode) {
                case DELETE, MEMORY, OFF -> assertFalse(vfs.exists(JOURNAL));
                case WAL -> {
                    assertFalse(vfs.exists(JOURNAL));
                    int log = vfs.base().snapshot("j.db-wal").length;
                    // header + two whole frames (page 1, the new page); compression is off by default
                    assertEquals(32 + 2 * (24 + 512), log, "the commit went to the log");
                }
                case TRUNCATE -> assertEquals(0, journal.length);
                case PERSIST -> {
                    assertTrue(journal.length > 512);
                    assertArrayEquals(new byte[512], Arrays.copyOf(journal, 512));
                }
                default -> throw new AssertionError(mode);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SyncMode.class)
    void synchronousLevelDecidesTheSyncs(SyncMode sync) throws Exception {
        try (Store store = open(JournalMode.PERSIST, sync)) {
            long before = vfs.count(FaultInjectingVfs.Op.SYNC);
            long reportedBefore = store.stats().syncs();
            commitOnePage(store, 1);
            long syncs = vfs.count(FaultInjectingVfs.Op.SYNC) - before;
            assertEquals(syncs, store.stats().syncs() - reportedBefore, "stats count every sync");
            // FULL/EXTRA: records, header, database, zeroed header; NORMAL: journal once, database, zeroed header
            long expected = switch (sync) {
                case OFF -> 0;
                case NORMAL -> 3;
                case FULL, EXTRA -> 4;
            };
            assertEquals(expected, syncs);
        }
    }

    @Test
    void journalModeIsPersistedInTheHeader() throws Exception {
        try (Store store = open(JournalMode.DELETE, SyncMode.FULL)) {
            commitOnePage(store, 1);
            store.setJournalMode(JournalMode.PERSIST);
            commitOnePage(store, 2);
            assertTrue(vfs.exists(JOURNAL));
        }
        try (Store store = open(JournalMode.DELETE, SyncMode.FULL)) {
            assertEquals(JournalMode.PERSIST, store.stats().journalMode());
            store.setJournalMode(JournalMode.TRUNCATE);
            assertFalse(vfs.exists(JOURNAL), "switching away from PERSIST removes its journal");
            store.setJournalMode(JournalMode.WAL);
            commitOnePage(store, 3);
            assertTrue(vfs.exists("j.db-wal"));
        }
        assertFalse(vfs.exists("j.db-wal"), "a clean close checkpoints and removes the log");
        try (Store store = open(JournalMode.DELETE, SyncMode.FULL)) {
            assertEquals(JournalMode.WAL, store.stats().journalMode());
            store.setJournalMode(JournalMode.DELETE);
            assertFalse(vfs.exists("j.db-wal"));
            try (ReadTxn r = store.beginRead()) {
                assertEquals(3, PagerStoreTest.valueOf(r, 4));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = JournalMode.class, names = {"DELETE", "TRUNCATE", "PERSIST"})
    void hotJournalIsRolledBackBeforeAnythingReads(JournalMode mode) throws Exception {
        int page;
        Store store = open(mode, SyncMode.FULL);
        try (WriteTxn w = store.beginWrite()) {
            page = PagerStoreTest.allocateWith(w, 1);
            w.setMeta(MetaSlot.USER_VERSION, 1);
            w.commit();
        }
        // journal: header, 2 records, sync, header, sync = 6 ops; the 7th is the first database write
        vfs.crashAtOp(7);
        try (WriteTxn w = store.beginWrite()) {
            PagerStoreTest.overwrite(w, page, 2);
            w.setMeta(MetaSlot.USER_VERSION, 2);
            assertThrows(StorageException.class, w::commit);
        }
        vfs.killProcess();
        assertTrue(vfs.exists(JOURNAL));
        byte[] damaged = vfs.base().snapshot(DB);
        assertEquals(3, java.nio.ByteBuffer.wrap(damaged).getLong(32), "page 1 (change counter 3) of the failed commit reached the file");

        try (Store reopened = open(mode, SyncMode.FULL); ReadTxn r = reopened.beginRead()) {
            assertEquals(1, r.meta(MetaSlot.USER_VERSION));
            assertEquals(1, PagerStoreTest.valueOf(r, page));
            assertEquals(List.of(), ((PagerStore) reopened).checkIntegrity(
                    List.of(new TreeRoot(page, false, "raw")), (p, root, used, problems) -> used.set(root.rootPage())));
        }
        assertFalse(vfs.exists(JOURNAL), "the rolled-back journal is gone");
    }

    @Test
    void walCheckpointCopiesTheLogIntoTheFileWithoutDisturbingReaders() throws Exception {
        try (Store store = open(JournalMode.WAL, SyncMode.FULL)) {
            PagerStore pager = (PagerStore) store;
            commitOnePage(store, 7);
            byte[] before = vfs.base().snapshot(DB);
            try (ReadTxn old = store.beginRead()) {
                try (WriteTxn w = store.beginWrite()) {
                    PagerStoreTest.overwrite(w, 2, 8);
                    w.commit();
                }
                CheckpointResult first = pager.checkpointWal(WalCheckpoint.PASSIVE);
                assertEquals(0, first.busy());
                assertTrue(first.logFrames() >= 2, "frames: " + first);
                assertEquals(first.logFrames(), first.checkpointedFrames());
                assertEquals(new CheckpointResult(0, 0, 0), pager.checkpointWal(WalCheckpoint.TRUNCATE));
                assertEquals(7, PagerStoreTest.valueOf(old, 2), "the snapshot still sees its version");
            }
            assertTrue(vfs.base().snapshot(DB).length > before.length, "page 2 reached the database file");
            try (ReadTxn now = store.beginRead()) {
                assertEquals(8, PagerStoreTest.valueOf(now, 2));
            }
            assertEquals(List.of(), pager.checkIntegrity(List.of(new TreeRoot(2, false, "raw")),
                    (p, root, used, problems) -> used.set(root.rootPage())));
        }
    }

    @Test
    void hotJournalBlocksReadOnlyOpen() throws Exception {
        Store store = open(JournalMode.DELETE, SyncMode.FULL);
        commitOnePage(store, 1);
        vfs.crashAtOp(7);
        try (WriteTxn w = store.beginWrite()) {
            PagerStoreTest.overwrite(w, 2, 2);
            assertThrows(StorageException.class, w::commit);
        }
        vfs.killProcess();
        StorageException e = assertThrows(StorageException.class,
                () -> Stores.open(vfs, DB, StoreOptions.defaults().withReadOnly(true)));
        assertEquals("25006", e.sqlState());
        try (Store reopened = open(JournalMode.DELETE, SyncMode.FULL); ReadTxn r = reopened.beginRead()) {
            assertEquals(1, PagerStoreTest.valueOf(r, 2));
        }
    }
    @Test
    void switchingModesIsRefusedWhileTransactionsAreOpen() throws Exception {
        try (Store store = open(JournalMode.WAL, SyncMode.FULL)) {
            commitOnePage(store, 1);
            try (ReadTxn reader = store.beginRead()) {
                StorageException e = assertThrows(StorageException.class, () -> store.setJournalMode(JournalMode.DELETE));
                assertEquals("55006", e.sqlState());
                assertTrue(e.getMessage().startsWith("cannot change journal_mode while other connections have open transactions"),
                        e.getMessage());
                assertEquals(1, PagerStoreTest.valueOf(reader, 2), "the reader is unaffected");
            }
            try (WriteTxn writer = store.beginWrite()) {
                StorageException e = assertThrows(StorageException.class, () -> store.setJournalMode(JournalMode.DELETE));
                assertEquals("55006", e.sqlState());
                PagerStoreTest.overwrite(writer, 2, 2);
                writer.commit();
            }
            assertEquals(JournalMode.WAL, store.stats().journalMode());
            store.setJournalMode(JournalMode.WAL);
            store.setJournalMode(JournalMode.DELETE);
            assertEquals(JournalMode.DELETE, store.stats().journalMode());
        }
        try (Store reopened = open(JournalMode.DELETE, SyncMode.FULL); ReadTxn r = reopened.beginRead()) {
            assertEquals(JournalMode.DELETE, reopened.stats().journalMode(), "the switch is in the header");
            assertEquals(2, PagerStoreTest.valueOf(r, 2));
        }
    }
}
