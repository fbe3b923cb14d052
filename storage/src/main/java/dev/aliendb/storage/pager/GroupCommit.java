package dev.aliendb.storage.pager;

import dev.aliendb.storage.StorageException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

/**
 * Group commit of the write-ahead log under synchronous=FULL/EXTRA: many commits share one fsync.
 * <p>
 * A commit appends its frames under the commit lock and records its CSN with {@link #appended}; it then
 * frees the commit lock and the writer slot, so the next writer runs while it waits in {@link #awaitDurable}.
 * The first waiter that finds no sync in flight becomes the leader: it takes every CSN appended so far as its
 * target, syncs the log once without holding any lock but {@code syncing}, and then declares all of them
 * durable, releasing every follower whose commit is covered; a follower not covered (it appended during the
 * sync) leads the next round.
 * <p>
 * Invariants: {@code durable <= appended}; a CSN is declared durable only after a sync of the log that
 * started after its frames were written, or after a checkpoint (run through {@link #quiesced}) that synced
 * the log and the database file; {@code onDurable} (which makes commits visible to new snapshots) is called
 * with increasing CSNs and only for durable ones, so no reader ever sees a commit a power cut could take
 * back. A failed sync is sticky: every commit waiting then or later fails with it and nothing more is
 * declared durable (the store is broken until reopened, and recovery decides which frames survived).
 * Lock order: commit lock, then {@code syncing}, then this object's monitor.
 */
final class GroupCommit {
    /** An I/O action: the sync of the log, or a checkpoint run while no log sync is in flight. */
    interface Io {
        void run() throws StorageException;
    }

    private final Io logSync;
    private final LongConsumer onDurable;
    /** Held by the leader while it syncs and by checkpoints, so the two never overlap. */
    private final ReentrantLock syncing = new ReentrantLock();
    private long appended;
    private long durable;
    private boolean leading;
    private StorageException failure;

    GroupCommit(long csn, Io logSync, LongConsumer onDurable) {
        this.appended = csn;
        this.durable = csn;
        this.logSync = logSync;
        this.onDurable = onDurable;
    }

    /** The frames of commit {@code csn} are written to the log (not yet synced). */
    synchronized void appended(long csn) {
        appended = csn;
    }

    /**
     * Returns once commit {@code csn} is durable; throws if the sync that should cover it failed. Not
     * interruptible (the commit is already in the log, so only the sync can decide its outcome); an
     * interrupt is kept for the caller.
     */
    void awaitDurable(long csn) throws StorageException {
        long target;
        boolean interrupted = false;
        synchronized (this) {
            try {
                while (true) {
                    if (failure != null) {
                        throw new StorageException(failure.sqlState(), "commit not durable: " + failure.getMessage(), failure);
                    }
                    if (durable >= csn) {
                        return;
                    }
                    if (!leading) {
                        break;
                    }
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            leading = true;
            target = appended;
        }
        StorageException failed = null;
        syncing.lock();
        try {
            if (durable() < target) {
                logSync.run();
            }
        } catch (StorageException | RuntimeException e) {
            failed = e instanceof StorageException se ? se : new StorageException("58030", "log sync failed: " + e, e);
        } finally {
            syncing.unlock();
        }
        synchronized (this) {
            leading = false;
            if (failed != null && failure == null) {
                failure = failed;
            } else if (failed == null) {
                declareDurable(target);
            }
            notifyAll();
        }
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * Runs {@code action} (a checkpoint that syncs the log, or closing it) with no log sync in flight; if it
     * succeeds, every commit appended so far is durable. The caller holds the commit lock.
     */
    void quiesced(Io action) throws StorageException {
        syncing.lock();
        try {
            action.run();
            synchronized (this) {
                declareDurable(appended);
                notifyAll();
            }
        } finally {
            syncing.unlock();
        }
    }

    private synchronized long durable() {
        return durable;
    }

    /** Called with the monitor held. */
    private void declareDurable(long csn) {
        if (failure == null && csn > durable) {
            durable = csn;
            onDurable.accept(csn);
        }
    }
}
