package dev.aliendb.storage.pager;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.vfs.SyncCountingVfs;
import dev.aliendb.storage.vfs.Vfs;
import java.util.concurrent.Semaphore;

/**
 * A sync hook for tests: once {@link #holdSyncs} was called, each sync of a write-ahead log waits for a
 * permit given by {@link #letThrough}, then fails if {@link #failSyncs} was given an error. Lets a test hold
 * a group-commit leader inside its fsync.
 */
final class GatedSync implements SyncCountingVfs.SyncHook {
    private final Semaphore gate = new Semaphore(0);
    private volatile boolean gated;
    private volatile StorageException failure;

    /** A file system over {@code inner} whose log syncs pass this gate. */
    Vfs over(Vfs inner) {
        return new SyncCountingVfs(inner, this);
    }

    /** Log syncs from now on wait for permits. */
    void holdSyncs() {
        gated = true;
    }

    /** Lets {@code syncs} log syncs through. */
    void letThrough(int syncs) {
        gate.release(syncs);
    }

    /** Log syncs from now on pass freely (and so do those waiting now). */
    void stopHolding() {
        gated = false;
        gate.release(1_000);
    }

    /** Log syncs from now on fail with {@code e}. */
    void failSyncs(StorageException e) {
        failure = e;
    }

    /** Whether a log sync is waiting at the gate. */
    boolean syncWaiting() {
        return gate.hasQueuedThreads();
    }

    @Override
    public void beforeSync(String path) throws StorageException {
        if (path.endsWith("-wal") && gated) {
            gate.acquireUninterruptibly();
            StorageException e = failure;
            if (e != null) {
                throw e;
            }
        }
    }
}
