package dev.aliendb.storage.pager;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.journal.Journal;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * One commit of a write transaction in rollback-journal mode; enforces the durability order as a state
 * machine (each step checks the phase it must follow and throws {@link IllegalStateException} otherwise).
 * <ol>
 * <li>The original image of every page that existed before the transaction and is about to be
 *     overwritten is written to the journal, then the journal is sealed: with synchronous=FULL/EXTRA the
 *     records are synced before a header claiming them is written and synced; NORMAL syncs once; OFF
 *     never. (Write-ahead rule: phase {@code JOURNAL_DURABLE} precedes any database write.)</li>
 * <li>Before the database file is written, every page about to be overwritten has its pre-image in the
 *     pool's version store, so no snapshot (not even one starting during the commit) can read a
 *     half-committed page from the cache or the disk.</li>
 * <li>The transaction's pages are written to the database file (each with its checksum) and the file is
 *     synced (unless synchronous=OFF). Dirty pages never reach the file earlier: there is no spilling.</li>
 * <li>Only then is the journal finished (deleted / truncated / header zeroed, synced for FULL/EXTRA):
 *     that is the commit point. A crash before it rolls back on the next open; after it, the commit
 *     stands.</li>
 * <li>Only after the commit point are the new pages published to the cache and the new CSN to readers.</li>
 * <li>A failure before step 3 leaves the database untouched: the journal is abandoned and the store stays
 *     usable. A write failure in step 3 is undone by writing the originals back (from memory), truncating and
 *     syncing; if that works the store stays usable. A failed sync in steps 3/4, a failed undo, or a failed
 *     journal finish make the outcome unknown until the hot journal is examined, so the store is
 *     {@linkplain Outcome#BROKEN broken}: it refuses every further transaction until it is reopened.</li>
 * </ol>
 */
final class CommitSequence {
    /** How a failed commit left the store. */
    enum Outcome { USABLE, BROKEN }

    private enum Phase { STARTED, JOURNALED, JOURNAL_DURABLE, PRE_IMAGES_KEPT, DB_WRITTEN, DB_DURABLE, FINISHED, PUBLISHED, FAILED }

    /** A commit failure with what it did to the store. */
    static final class Failure extends Exception {
        final Outcome outcome;
        final StorageException cause;

        Failure(Outcome outcome, StorageException cause) {
            super(cause);
            this.outcome = outcome;
            this.cause = cause;
        }
    }

    private final PageFile file;
    private final BufferPool pool;
    private final Journal journal;
    private final SyncMode sync;
    private final TreeMap<Integer, Frame> pages;
    private final TreeMap<Integer, byte[]> originals;
    private final int initialPageCount;
    private final long csn;
    private Phase phase = Phase.STARTED;
    private boolean syncFailed;

    CommitSequence(PageFile file, BufferPool pool, Journal journal, SyncMode sync, TreeMap<Integer, Frame> pages,
                   TreeMap<Integer, byte[]> originals, int initialPageCount, long csn) {
        this.file = file;
        this.pool = pool;
        this.journal = journal;
        this.sync = sync;
        this.pages = pages;
        this.originals = originals;
        this.initialPageCount = initialPageCount;
        this.csn = csn;
    }

    void run() throws Failure {
        try {
            journalOriginals();
            sealJournal();
            keepPreImages();
            writeDatabase();
            syncDatabase();
            finishJournal();
        } catch (StorageException e) {
            throw fail(e);
        } catch (RuntimeException e) {
            throw fail(new StorageException("58030", "commit failed: " + e, e));
        }
        publish();
    }

    private void step(Phase expected, Phase next) {
        if (phase != expected) {
            throw new IllegalStateException("commit step " + next + " attempted in phase " + phase + " (requires " + expected + ")");
        }
        phase = next;
    }

    private void journalOriginals() throws StorageException {
        step(Phase.STARTED, Phase.JOURNALED);
        journal.begin(initialPageCount);
        for (Map.Entry<Integer, byte[]> e : originals.entrySet()) {
            if (pages.containsKey(e.getKey())) {
                journal.add(e.getKey(), ByteBuffer.wrap(e.getValue()));
            }
        }
    }

    private void sealJournal() throws StorageException {
        step(Phase.JOURNALED, Phase.JOURNAL_DURABLE);
        syncing(() -> journal.seal(sync));
    }

    private void keepPreImages() {
        step(Phase.JOURNAL_DURABLE, Phase.PRE_IMAGES_KEPT);
        for (Map.Entry<Integer, byte[]> e : originals.entrySet()) {
            if (pages.containsKey(e.getKey())) {
                pool.preserve(e.getKey(), csn, e.getValue());
            }
        }
    }

    private void writeDatabase() throws StorageException {
        step(Phase.PRE_IMAGES_KEPT, Phase.DB_WRITTEN);
        for (Frame frame : pages.values()) {
            file.write(frame.page, frame.data);
        }
    }

    private void syncDatabase() throws StorageException {
        step(Phase.DB_WRITTEN, Phase.DB_DURABLE);
        if (sync != SyncMode.OFF) {
            syncing(file::sync);
        }
    }

    private void finishJournal() throws StorageException {
        step(Phase.DB_DURABLE, Phase.FINISHED);
        syncing(() -> journal.finish(sync));
    }

    private void publish() {
        step(Phase.FINISHED, Phase.PUBLISHED);
        for (Frame frame : pages.values()) {
            pool.publish(frame);
        }
    }

    private interface Io {
        void run() throws StorageException;
    }

    private void syncing(Io io) throws StorageException {
        try {
            io.run();
        } catch (StorageException e) {
            syncFailed = true;
            throw e;
        }
    }

    private Failure fail(StorageException cause) {
        Phase reached = phase;
        phase = Phase.FAILED;
        if (reached.compareTo(Phase.PRE_IMAGES_KEPT) < 0) {
            journal.abandon();
            return new Failure(Outcome.USABLE, cause);
        }
        if (reached.compareTo(Phase.FINISHED) >= 0 || syncFailed) {
            return new Failure(Outcome.BROKEN, cause);
        }
        try {
            for (Map.Entry<Integer, byte[]> e : originals.entrySet()) {
                if (pages.containsKey(e.getKey())) {
                    file.writeRaw(e.getKey(), ByteBuffer.wrap(e.getValue()));
                }
            }
            file.truncatePages(initialPageCount);
            file.sync();
        } catch (StorageException | RuntimeException undo) {
            cause.addSuppressed(undo);
            return new Failure(Outcome.BROKEN, cause);
        }
        journal.abandon();
        pool.discardVersions(csn);
        return new Failure(Outcome.USABLE, cause);
    }
}
