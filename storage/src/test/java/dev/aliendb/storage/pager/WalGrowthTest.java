package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.vfs.MemoryVfs;
import org.junit.jupiter.api.Test;

/**
 * A long-running reader does not make the log grow: checkpoints never wait for readers (their old images
 * live in the pager's version store), so the log stays below twice wal_autocheckpoint frames plus one commit
 * (checkpoints run in the background; a commit finding the log at twice the threshold waits for one); and
 * the version store keeps at most one image per page for the reader (plus the last commit's pre-images
 * until the next prune), however many commits run.
 */
class WalGrowthTest {
    private static final int AUTOCHECKPOINT = 50;
    private static final int PAGES = 4;

    @Test
    void longReaderBoundsNeitherTheLogNorTheRetainedImages() throws Exception {
        MemoryVfs vfs = new MemoryVfs();
        try (Store store = Stores.open(vfs, "long.db", StoreOptions.defaults().withPageSize(512)
                .withJournalMode(JournalMode.WAL).withSyncMode(SyncMode.FULL))) {
            PagerStore pager = (PagerStore) store;
            pager.setWalAutoCheckpoint(AUTOCHECKPOINT);
            int[] pages = new int[PAGES];
            try (WriteTxn w = store.beginWrite()) {
                for (int i = 0; i < PAGES; i++) {
                    pages[i] = PagerStoreTest.allocateWith(w, -1);
                }
                w.commit();
            }
            int framesPerCommit = 3; // two data pages and page 1
            // checkpoints run in the background; a commit that finds the log at twice the threshold waits for one
            long maxLogBytes = 32 + (long) (2 * AUTOCHECKPOINT + framesPerCommit) * (24 + 512);
            try (ReadTxn longReader = store.beginRead()) {
                for (int k = 0; k < 2_000; k++) {
                    try (WriteTxn w = store.beginWrite()) {
                        PagerStoreTest.overwrite(w, pages[k % PAGES], k);
                        PagerStoreTest.overwrite(w, pages[(k + 1) % PAGES], k);
                        w.commit();
                    }
                    assertTrue(pager.walFrames() < 2 * AUTOCHECKPOINT + framesPerCommit, "log frames " + pager.walFrames());
                    assertTrue(vfs.snapshot("long.db-wal").length <= maxLogBytes, "log bytes " + vfs.snapshot("long.db-wal").length);
                    // one image per page for the reader, plus those of the last commit (dropped at the next prune)
                    assertTrue(pager.retainedVersions() <= PAGES + 1 + framesPerCommit, "images kept: " + pager.retainedVersions());
                }
                for (int page : pages) {
                    assertEquals(-1, PagerStoreTest.valueOf(longReader, page), "the long reader keeps its snapshot");
                }
            }
            assertEquals(0, pager.retainedVersions(), "nothing is kept once the reader ends");
        }
    }
}
