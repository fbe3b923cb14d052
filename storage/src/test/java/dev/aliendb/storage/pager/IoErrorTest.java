package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.vfs.FaultInjectingVfs;
import dev.aliendb.storage.vfs.FaultInjectingVfs.Fault;
import dev.aliendb.storage.vfs.FaultInjectingVfs.Op;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Injected I/O errors during commit: the failing commit reports the error and is rolled back. A failed
 * write is undone and the store stays usable; a failed sync (or journal finish) makes the store refuse
 * every further transaction until it is reopened, and reopening yields a consistent database.
 */
class IoErrorTest {
    private static final String DB = "err.db";

    @ParameterizedTest
    @EnumSource(value = JournalMode.class, names = {"DELETE", "TRUNCATE", "PERSIST", "MEMORY", "OFF", "WAL"})
    void everyFailingWriteOrSyncOfACommitLeavesAConsistentDatabase(JournalMode mode) throws Exception {
        int[] outcomes = new int[2];
        for (Op op : new Op[] {Op.WRITE, Op.SYNC}) {
            for (int n = 1; ; n++) {
                int outcome = failCommitAt(mode, op, n);
                if (outcome < 0) {
                    break;
                }
                outcomes[outcome]++;
            }
        }
        assertTrue(outcomes[USABLE] > 0 && outcomes[BROKEN] > 0, mode + ": usable/broken " + outcomes[0] + "/" + outcomes[1]);
    }

    private static final int USABLE = 0;
    private static final int BROKEN = 1;

    /** Fails the nth op of the 4th commit; returns USABLE or BROKEN, or -1 if the commit has fewer than n such ops. */
    private static int failCommitAt(JournalMode mode, Op op, int n) throws Exception {
        String context = mode + " " + op + " #" + n;
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        StoreOptions options = StoreOptions.defaults().withPageSize(512).withJournalMode(mode).withSyncMode(SyncMode.FULL);
        PageWorkload workload = new PageWorkload(n * 7L + op.ordinal());
        Store store = Stores.open(vfs, DB, options);
        for (int i = 0; i < 3; i++) {
            workload.runNext(store);
        }
        vfs.failNth(op, n, Fault.IO_ERROR);
        try {
            workload.runNext(store);
            vfs.clearFailures();
            store.close();
            return -1;
        } catch (StorageException e) {
            assertEquals("58030", e.sqlState(), context);
        }
        boolean broken;
        try (ReadTxn r = store.beginRead()) {
            broken = false;
        } catch (StorageException e) {
            assertTrue(e.getMessage().contains("must be reopened"), context + ": " + e.getMessage());
            broken = true;
        }
        if (op == Op.WRITE && mode != JournalMode.PERSIST) {
            assertTrue(!broken, context + ": a failed write is undone and the store stays usable");
        }
        if (!broken) {
            workload.verify(store, 3, context + " (rolled back)");
            assertEquals(List.of(), ((PagerStore) store).checkIntegrity(roots(store, workload, 3), PageWorkload.DIRECTORY), context);
        }
        store.close();
        try (Store reopened = Stores.open(vfs, DB, options)) {
            int found = version(reopened);
            assertTrue(found == 3 || found == 4 && broken, context + ": found " + found);
            assertEquals(List.of(), ((PagerStore) reopened).checkIntegrity(roots(reopened, workload, found), PageWorkload.DIRECTORY), context);
            try (var w = reopened.beginWrite()) {
                w.setMeta(MetaSlot.APPLICATION_ID, 1);
                w.commit();
            }
        }
        return broken ? BROKEN : USABLE;
    }

    private static List<TreeRoot> roots(Store store, PageWorkload workload, int k) throws StorageException {
        return List.of(workload.verify(store, k, "state " + k));
    }

    private static int version(Store store) throws StorageException {
        try (ReadTxn r = store.beginRead()) {
            return (int) r.meta(MetaSlot.USER_VERSION);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Op.class, names = {"WRITE", "SYNC"})
    void failedWalCheckpointBreaksTheStoreAndReopeningRecovers(Op op) throws Exception {
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        StoreOptions options = StoreOptions.defaults().withPageSize(512).withJournalMode(JournalMode.WAL);
        PageWorkload workload = new PageWorkload(9);
        Store store = Stores.open(vfs, DB, options);
        for (int i = 0; i < 4; i++) {
            workload.runNext(store);
        }
        vfs.failNth(op, op == Op.WRITE ? 3 : 1, Fault.IO_ERROR);
        assertEquals("58030", assertThrows(StorageException.class, () -> ((PagerStore) store).checkpointWal(WalCheckpoint.FULL)).sqlState());
        StorageException refused = assertThrows(StorageException.class, store::beginRead);
        assertTrue(refused.getMessage().contains("must be reopened after a failed checkpoint"), refused.getMessage());
        store.close();
        assertTrue(vfs.exists(DB + "-wal"), "a broken store keeps its log for recovery");
        try (Store reopened = Stores.open(vfs, DB, options)) {
            TreeRoot root = workload.verify(reopened, 4, "after failed checkpoint");
            assertEquals(List.of(), ((PagerStore) reopened).checkIntegrity(List.of(root), PageWorkload.DIRECTORY));
        }
    }

    @Test
    void diskFullIsReportedWithItsOwnSqlState() throws Exception {
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        try (Store store = Stores.open(vfs, DB, StoreOptions.defaults().withPageSize(512))) {
            PageWorkload workload = new PageWorkload(1);
            workload.runNext(store);
            vfs.failNth(Op.WRITE, 1, Fault.DISK_FULL);
            StorageException e = assertThrows(StorageException.class, () -> workload.runNext(store));
            assertEquals("53100", e.sqlState());
            workload.verify(store, 1, "after disk full");
        }
    }

    @Test
    void aFailedReadFailsOnlyThatRead() throws Exception {
        FaultInjectingVfs vfs = new FaultInjectingVfs();
        StoreOptions options = StoreOptions.defaults().withPageSize(512);
        PageWorkload workload = new PageWorkload(2);
        try (Store store = Stores.open(vfs, DB, options)) {
            workload.runNext(store);
        }
        try (Store store = Stores.open(vfs, DB, options); ReadTxn r = store.beginRead()) {
            vfs.failNth(Op.READ, 1, Fault.IO_ERROR);
            int dir = (int) r.meta(MetaSlot.SCHEMA_ROOT);
            StorageException e = assertThrows(StorageException.class, () -> r.pages().read(dir).close());
            assertEquals("58030", e.sqlState());
            try (Page p = r.pages().read(dir)) {
                assertTrue(p.buffer().getInt(0) > 0);
            }
        }
    }
}
