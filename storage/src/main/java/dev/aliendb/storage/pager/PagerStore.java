package dev.aliendb.storage.pager;

import dev.aliendb.storage.CheckpointResult;
import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.StoreStats;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.WalCheckpoint;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.journal.HotJournal;
import dev.aliendb.storage.journal.Journal;
import dev.aliendb.storage.journal.JournalFormat;
import dev.aliendb.storage.page.Page;
import dev.aliendb.storage.vfs.SyncCountingVfs;
import dev.aliendb.storage.vfs.Vfs;
import dev.aliendb.storage.vfs.VfsFile;
import dev.aliendb.storage.wal.Wal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A database file: the {@link Store} implementation, in rollback-journal or WAL mode.
 * <p>
 * Guarantees: the file is locked for the life of the store; a hot journal is rolled back (and a WAL
 * recovered) before the header is used; any number of readers run on snapshots while one writer (the
 * writer slot, waited for up to the busy timeout) prepares its changes privately; commits run one at a
 * time under the commit lock through {@link CommitSequence} (rollback journal) or {@link WalCommit}, which
 * hold the durability invariants. In WAL mode with synchronous=FULL/EXTRA a commit is acknowledged only
 * once durable, but it waits for that after releasing the commit lock and the writer slot
 * ({@link GroupCommit}): the next writer runs meanwhile and one fsync covers every commit appended before it
 * started; such a commit is applied for the next writer at once, but new snapshots see it only once durable.
 * With NORMAL/OFF a WAL commit returns after the append and is visible at once (durable at the next
 * checkpoint). A commit, sync or checkpoint that leaves the file in an unknown state marks the store
 * broken: every later transaction fails with 58030 until the store is reopened (and the hot journal or the
 * log repairs the file).
 * <p>
 * WAL checkpoints run one at a time (the checkpoint lock). Automatic ones run on a background thread
 * ({@link BackgroundCheckpointer}) once the log holds {@code wal_autocheckpoint} frames: they copy the frames
 * appended so far into the database file without the commit lock, while commits go on appending, and take
 * the commit lock only to pick the frames, to record them as backfilled, and to finish: the frames appended
 * during the copy are copied under the lock and the log restarts (see {@link Wal} for why overwriting the
 * database file never changes what a reader sees). A background failure marks the store broken, so the next
 * transaction or checkpoint fails with it; the log still holds every commit.
 * Lock order: writer slot, checkpoint lock, commit lock, group-commit sync lock, pool lock.
 */
public final class PagerStore implements Store {
    /** Default WAL frames after which a commit checkpoints (SQLite's default). */
    static final int WAL_AUTOCHECKPOINT_FRAMES = 1000;

    /** The file system, counting syncs of the database, journal and log for {@link #stats()}. */
    private final SyncCountingVfs vfs;
    private final String path;
    private final VfsFile dbFile;
    private final PageFile pageFile;
    private final BufferPool pool;
    private final SnapshotRegistry snapshots;
    private final Semaphore writerSlot = new Semaphore(1, true);
    private final Object commitLock = new Object();
    private final ReentrantLock checkpointLock = new ReentrantLock();
    private final BackgroundCheckpointer autoCheckpointer;
    private final boolean readOnly;
    private final long busyTimeoutMillis;
    private volatile SyncMode syncMode;
    private volatile JournalMode journalMode;
    private volatile int cacheSizePages;
    private volatile int committedPageCount;
    private volatile int committedFreeCount;
    private volatile StorageException broken;
    private volatile boolean closed;
    private volatile int walAutoCheckpoint = WAL_AUTOCHECKPOINT_FRAMES;
    /** Rollback journal, or null in WAL mode. */
    private Journal journal;
    /** The write-ahead log in WAL mode, else null. */
    private Wal wal;
    /** Group commit of {@link #wal}'s syncs (FULL/EXTRA), null when not in WAL mode. */
    private GroupCommit groupCommit;
    private volatile boolean walCompression;

    private PagerStore(SyncCountingVfs vfs, String path, VfsFile dbFile, int pageSize, long csn, StoreOptions options) throws StorageException {
        this.vfs = vfs;
        this.path = path;
        this.dbFile = dbFile;
        this.pageFile = new PageFile(dbFile, pageSize);
        this.cacheSizePages = Math.max(1, options.cacheSizePages());
        this.pool = new BufferPool(pageFile, cacheSizePages, EvictionPolicy.named(options.evictionPolicy(), cacheSizePages));
        this.snapshots = new SnapshotRegistry(csn);
        this.readOnly = options.readOnly();
        this.busyTimeoutMillis = Math.max(0, options.busyTimeoutMillis());
        this.syncMode = options.syncMode();
        this.autoCheckpointer = new BackgroundCheckpointer("aliendb-checkpoint " + path, this::autoCheckpoint);
    }

    /** Opens or creates the database (see {@link dev.aliendb.storage.Stores#open}). */
    public static PagerStore open(Vfs fileSystem, String path, StoreOptions options) throws StorageException {
        SyncCountingVfs vfs = new SyncCountingVfs(fileSystem);
        if (!FileHeader.validPageSize(options.pageSize())) {
            throw new StorageException("22023", "invalid page size " + options.pageSize() + " (a power of two in 512..65536)");
        }
        EvictionPolicy.named(options.evictionPolicy(), 1);
        VfsFile file = vfs.open(path, options.create() && !options.readOnly(), options.readOnly());
        try {
            file.lockExclusive();
            HotJournal.rollBackIfHot(vfs, path, file, options.readOnly());
            if (file.size() == 0) {
                return create(vfs, path, file, options);
            }
            ByteBuffer header = ByteBuffer.allocate(FileHeader.LENGTH);
            if (file.read(0, header) < FileHeader.LENGTH) {
                throw new StorageException("58000", "file is not an AlienDB database (too short): " + path);
            }
            int pageSize;
            try {
                pageSize = FileHeader.validate(header, path);
            } catch (CorruptionException e) {
                // a crash during a WAL checkpoint may tear page 1 of the file; the log holds the current one
                pageSize = Wal.pageSizeOfIntactLog(vfs, path);
                if (pageSize == 0) {
                    throw e;
                }
            }
            PagerStore store = new PagerStore(vfs, path, file, pageSize, 0, options);
            store.loadHeader();
            return store;
        } catch (StorageException | RuntimeException e) {
            try {
                file.close();
            } catch (StorageException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static PagerStore create(SyncCountingVfs vfs, String path, VfsFile file, StoreOptions options) throws StorageException {
        if (options.readOnly()) {
            throw new StorageException("25006", "cannot create a database read-only: " + path);
        }
        boolean wal = options.journalMode() == JournalMode.WAL;
        JournalMode initial = wal ? JournalMode.DELETE : options.journalMode();
        PagerStore store = new PagerStore(vfs, path, file, options.pageSize(), 0, options);
        store.journalMode = initial;
        store.journal = Journal.forMode(initial, vfs, path, options.pageSize());
        store.acquireWriter();
        new WriteTransaction(store, store.pool, 0, options.pageSize(), initial).commit();
        if (wal) {
            store.setJournalMode(JournalMode.WAL);
        }
        return store;
    }

    /**
     * Recovers a WAL if there is one, then reads the committed header through the cache (verifying page
     * 1's checksum) and sets up the journal or the WAL the header asks for.
     */
    private void loadHeader() throws StorageException {
        if (Wal.exists(vfs, path)) {
            if (readOnly) {
                throw new StorageException("25006", "cannot open read-only: the write-ahead log must be recovered first: " + path);
            }
            openWal();
        }
        try (Page header = pool.read(1, snapshots.current())) {
            ByteBuffer b = header.buffer();
            if (FileHeader.validate(b, path) != pageFile.pageSize()) {
                throw new CorruptionException(1, "page size in the header differs from the write-ahead log's");
            }
            committedPageCount = FileHeader.pageCount(b);
            committedFreeCount = FileHeader.freeCount(b);
            journalMode = FileHeader.journalMode(b);
            snapshots.advance(FileHeader.changeCounter(b));
        }
        if (journalMode == JournalMode.WAL) {
            if (wal == null && !readOnly) {
                openWal();
            }
        } else {
            if (wal != null) {
                leaveWal();
            }
            journal = Journal.forMode(journalMode, vfs, path, pageFile.pageSize());
        }
    }

    private void openWal() throws StorageException {
        useWal(Wal.open(vfs, path, pageFile));
    }

    /** Makes {@code log} the store's log: misses read through it, FULL commits sync it as a group. */
    private void useWal(Wal log) {
        wal = log;
        wal.setCompression(walCompression);
        groupCommit = new GroupCommit(snapshots.current(), log::syncLog, snapshots::reveal);
        pool.setSource(wal);
    }

    /** Checkpoints and removes the WAL; misses read the database file again (checkpoint and commit locks held). */
    private void leaveWal() throws StorageException {
        finishCheckpoint();
        pool.setSource(pageFile);
        wal.close(true);
        wal = null;
        groupCommit = null;
    }

    /**
     * A WAL checkpoint. First, without the commit lock: the frames appended so far are made durable in the
     * log and copied into the database file (synced). Then, under the commit lock: a {@code complete} one
     * copies whatever was appended meanwhile and restarts the log; a passive one restarts it only if nothing
     * was. {@code minFrames}: do nothing unless the log holds that many frames. Returns the log's frames and
     * how many of them are now in the database file. A failure leaves the file in an unknown state (and a
     * failed sync cannot be retried safely), so the store is broken until reopened; recovery replays the
     * log, which still holds everything.
     */
    private CheckpointResult checkpoint(boolean complete, int minFrames) throws StorageException {
        checkpointLock.lock();
        try {
            Wal log;
            Wal.Backfill round;
            long through;
            synchronized (commitLock) {
                checkUsable();
                if (wal == null) {
                    return CheckpointResult.NOT_WAL;
                }
                if (wal.frames() < minFrames) {
                    return new CheckpointResult(0, wal.frames(), wal.backfilledFrames());
                }
                log = wal;
                round = log.takeBackfill();
                through = snapshots.current();
            }
            try {
                if (!round.isEmpty()) {
                    makeLogDurable(log, through);
                    log.copy(round, syncMode);
                }
                synchronized (commitLock) {
                    log.backfilled(round);
                    int frames = log.frames();
                    if (!complete && !log.fullyBackfilled()) {
                        return new CheckpointResult(0, frames, log.backfilledFrames());
                    }
                    finishCheckpoint();
                    return new CheckpointResult(0, frames, frames);
                }
            } catch (StorageException | RuntimeException e) {
                markBroken(e);
                throw e;
            }
        } finally {
            checkpointLock.unlock();
        }
    }

    /** Makes the log durable up to commit {@code csn} before its frames are copied (no lock held). */
    private void makeLogDurable(Wal log, long csn) throws StorageException {
        switch (syncMode) {
            case FULL, EXTRA -> groupCommit.awaitDurable(csn);
            case NORMAL -> log.syncLog();
            case OFF -> { }
        }
    }

    /**
     * Copies what is not yet backfilled and restarts the log (checkpoint and commit locks held, WAL mode);
     * a failure breaks the store as in {@link #checkpoint}.
     */
    private void finishCheckpoint() throws StorageException {
        try {
            groupCommit.quiesced(() -> wal.checkpoint(syncMode, reset -> pool.exclusive(reset::run)));
        } catch (StorageException | RuntimeException e) {
            markBroken(e);
            throw e;
        }
    }

    private void markBroken(Exception failure) {
        if (broken == null) {
            broken = new StorageException("58030", "database must be reopened after a failed checkpoint: " + failure.getMessage(), failure);
        }
    }

    // ---- transactions

    @Override
    public ReadTxn beginRead() throws StorageException {
        checkUsable();
        long csn = snapshots.pin();
        try {
            return new ReadTransaction(this, pool, csn);
        } catch (StorageException | RuntimeException e) {
            endRead(csn);
            throw e;
        }
    }

    void endRead(long csn) {
        snapshots.unpin(csn);
        pool.prune(snapshots.horizon());
    }

    @Override
    public WriteTxn beginWrite() throws StorageException {
        checkUsable();
        if (readOnly) {
            throw new StorageException("25006", "attempt to write a readonly database: " + path);
        }
        acquireWriter();
        try {
            checkUsable();
            return new WriteTransaction(this, pool, snapshots.current(), pageFile.pageSize(), null);
        } catch (StorageException | RuntimeException e) {
            writerSlot.release();
            throw e;
        }
    }

    private void acquireWriter() throws StorageException {
        try {
            if (!writerSlot.tryAcquire(busyTimeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new StorageException("40001", "database is busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("40001", "database is busy (interrupted while waiting)", e);
        }
    }

    void endWrite() {
        writerSlot.release();
    }

    /**
     * Runs the commit of {@code txn} (called by the transaction, which holds the writer slot). Returns the
     * durability still to wait for with {@link #awaitDurable} once the writer slot is released.
     */
    Durability commit(WriteTransaction txn) throws StorageException {
        synchronized (commitLock) {
            checkUsable();
            long csn = snapshots.current() + 1;
            ByteBuffer header = txn.header();
            FileHeader.setChangeCounter(header, csn);
            FileHeader.seal(header);
            try {
                if (wal != null) {
                    new WalCommit(wal, pool, txn.dirtyPages(), txn.originals(), pageFile.pageSize(),
                            FileHeader.pageCount(header), csn).run();
                } else {
                    new CommitSequence(pageFile, pool, journal, syncMode, txn.dirtyPages(), txn.originals(),
                            txn.initialPageCount(), csn).run();
                }
            } catch (CommitSequence.Failure f) {
                if (f.outcome == CommitSequence.Outcome.BROKEN) {
                    broken = new StorageException("58030", "database must be reopened after a failed commit: "
                            + f.cause.getMessage(), f.cause);
                }
                throw f.cause;
            }
            committedPageCount = FileHeader.pageCount(header);
            committedFreeCount = FileHeader.freeCount(header);
            boolean grouped = wal != null && (syncMode == SyncMode.FULL || syncMode == SyncMode.EXTRA);
            if (grouped) {
                snapshots.append(csn);
                groupCommit.appended(csn);
            } else {
                snapshots.advance(csn);
            }
            pool.prune(snapshots.horizon());
            long ticket = 0;
            if (wal != null && wal.frames() >= walAutoCheckpoint) {
                ticket = autoCheckpointer.request();
                if (wal.frames() < 2L * walAutoCheckpoint) {
                    ticket = 0; // back-pressure only when the log outgrows twice the threshold
                }
            }
            return grouped || ticket != 0 ? new Durability(grouped ? groupCommit : null, csn, ticket) : Durability.DONE;
        }
    }

    /**
     * A commit's pending work: commit {@code csn} must be synced by {@code group} (null: nothing to wait
     * for), and when the log has outgrown the background checkpoints, the committer waits for checkpoint
     * run {@code checkpointTicket} (0: no wait).
     */
    record Durability(GroupCommit group, long csn, long checkpointTicket) {
        static final Durability DONE = new Durability(null, 0, 0);
    }

    /**
     * Waits until the commit is durable (FULL/EXTRA in WAL mode). A failed sync leaves the log's state
     * unknown, so the store is broken until reopened; every commit waiting on that sync fails.
     */
    void awaitDurable(Durability durability) throws StorageException {
        if (durability.group() != null) {
            try {
                durability.group().awaitDurable(durability.csn());
            } catch (StorageException e) {
                if (broken == null) {
                    broken = new StorageException("58030", "database must be reopened after a failed log sync: " + e.getMessage(), e);
                }
                throw e;
            }
        }
        if (durability.checkpointTicket() != 0) {
            autoCheckpointer.await(durability.checkpointTicket());
        }
    }

    /**
     * The background checkpoint, once the log holds {@code wal_autocheckpoint} frames. A failure does not
     * undo any commit (they are in the log), but the database file's state is then unknown: checkpoint()
     * has marked the store broken, and the next commit or checkpoint reports it.
     */
    private void autoCheckpoint() {
        try {
            checkpoint(true, walAutoCheckpoint);
        } catch (StorageException | RuntimeException e) {
            // recorded in `broken` (or the store is closed / no longer in WAL mode): nothing to do here
        }
    }

    private void checkUsable() throws StorageException {
        if (closed) {
            throw new StorageException("08003", "database is closed: " + path);
        }
        StorageException b = broken;
        if (b != null) {
            throw new StorageException(b.sqlState(), b.getMessage(), b);
        }
    }

    // ---- settings and stats

    /**
     * PRAGMA journal_mode=...: switches the mode on a quiet database and records it in the header. Refused
     * with 55006 (never waited for) while any read snapshot or write transaction is open, whoever holds it:
     * a session's autocommit PRAGMA holds neither, while an explicit transaction of the caller counts too.
     */
    @Override
    public void setJournalMode(JournalMode mode) throws StorageException {
        if (mode == journalMode) {
            return;
        }
        checkUsable();
        if (readOnly) {
            throw new StorageException("25006", "attempt to write a readonly database: " + path);
        }
        if (!writerSlot.tryAcquire()) {
            throw openTransactions("a write transaction is open");
        }
        WriteTransaction txn;
        try {
            int readers = snapshots.pinnedCount();
            if (readers > 0) {
                throw openTransactions(readers + " read transaction(s) open");
            }
            txn = new WriteTransaction(this, pool, snapshots.current(), pageFile.pageSize(), null);
        } catch (StorageException | RuntimeException e) {
            writerSlot.release();
            throw e;
        }
        try (txn) {
            FileHeader.setJournalMode(txn.headerForWrite(), mode);
            txn.commit();
        }
        checkpointLock.lock();
        try {
            switchJournal(mode);
        } finally {
            checkpointLock.unlock();
        }
    }

    private void switchJournal(JournalMode mode) throws StorageException {
        synchronized (commitLock) {
            checkUsable();
            if (mode == journalMode) {
                return;
            }
            // set up the new mode before tearing down the old one, so a failure leaves a working store
            Wal nextWal = mode == JournalMode.WAL ? Wal.open(vfs, path, pageFile) : null;
            Journal nextJournal = nextWal == null ? Journal.forMode(mode, vfs, path, pageFile.pageSize()) : null;
            if (wal != null) {
                leaveWal();
            } else {
                journal.close();
                vfs.delete(JournalFormat.journalPath(path));
            }
            journal = nextJournal;
            if (nextWal != null) {
                useWal(nextWal);
            }
            journalMode = mode;
        }
    }

    private static StorageException openTransactions(String detail) {
        return new StorageException("55006", "cannot change journal_mode while other connections have open transactions ("
                + detail + ")");
    }

    /**
     * PRAGMA wal_checkpoint(mode) and CHECKPOINT (see {@link WalCheckpoint}): in WAL mode copies
     * the newest frame of every page changed since the last checkpoint into the database file and syncs it
     * (unless synchronous=OFF). Never waits for readers. PASSIVE waits for no writer: it copies the frames
     * appended when it starts while commits go on, and restarts the log only if no commit came meanwhile
     * (the result then says how many frames are backfilled). FULL, RESTART and TRUNCATE first wait for the
     * writer slot (busy timeout), copy everything and restart (and truncate) the log; if the wait times out
     * the result has busy = 1 and the passive checkpoint is done anyway. Outside WAL mode returns
     * {@link CheckpointResult#NOT_WAL}.
     */
    @Override
    public CheckpointResult checkpointWal(WalCheckpoint mode) throws StorageException {
        checkUsable();
        boolean writerHeld = false;
        if (mode != WalCheckpoint.PASSIVE) {
            try {
                acquireWriter();
                writerHeld = true;
            } catch (StorageException busy) {
                if (!"40001".equals(busy.sqlState())) {
                    throw busy;
                }
            }
        }
        try {
            CheckpointResult done = checkpoint(writerHeld, 0);
            boolean busy = mode != WalCheckpoint.PASSIVE && !writerHeld && done != CheckpointResult.NOT_WAL;
            return busy ? new CheckpointResult(1, done.logFrames(), done.checkpointedFrames()) : done;
        } finally {
            if (writerHeld) {
                writerSlot.release();
            }
        }
    }

    /** PRAGMA wal_autocheckpoint=N: checkpoint after a commit once the log holds N frames (N &lt;= 0: never). */
    @Override
    public void setWalAutoCheckpoint(int frames) {
        walAutoCheckpoint = frames <= 0 ? Integer.MAX_VALUE : frames;
    }

    /** PRAGMA wal_autocheckpoint: the current threshold in frames (0 when disabled). */
    @Override
    public int walAutoCheckpoint() {
        return walAutoCheckpoint == Integer.MAX_VALUE ? 0 : walAutoCheckpoint;
    }

    /**
     * PRAGMA wal_compression=on|off (default on; not persistent): whether frames written from now on carry
     * LZ4-compressed payloads when that saves an eighth of the page. Logs with either kind of frame are
     * always readable.
     */
    @Override
    public void setWalCompression(boolean on) {
        synchronized (commitLock) {
            walCompression = on;
            if (wal != null) {
                wal.setCompression(on);
            }
        }
    }

    /** PRAGMA wal_compression: whether new frames are compressed. */
    @Override
    public boolean walCompression() {
        return walCompression;
    }

    /** Waits until every automatic checkpoint requested so far has run (tests and diagnostics). */
    public void awaitAutoCheckpoints() {
        autoCheckpointer.awaitRequested();
    }

    /** Frames in the write-ahead log since the last checkpoint (0 when not in WAL mode). */
    public int walFrames() {
        synchronized (commitLock) {
            return wal == null ? 0 : wal.frames();
        }
    }

    @Override
    public void setSyncMode(SyncMode mode) {
        this.syncMode = mode;
    }

    @Override
    public void setCacheSizePages(int pages) throws StorageException {
        if (pages < 1) {
            throw new StorageException("22023", "cache size must be at least 1 page: " + pages);
        }
        cacheSizePages = pages;
        pool.resize(pages, snapshots.horizon());
    }

    @Override
    public StoreStats stats() {
        return new StoreStats(pageFile.pageSize(), committedPageCount, committedFreeCount, journalMode, syncMode,
                cacheSizePages, pool.policyName(), pool.hits(), pool.misses(), pageFile.pagesRead(),
                pageFile.pagesWritten(), vfs.syncs(), snapshots.current());
    }

    /** Pages currently cached (for tests and PRAGMAs). */
    public int cachedPages() {
        return pool.cachedPages();
    }

    /** Old page images currently kept for snapshots (for tests and PRAGMAs). */
    public int retainedVersions() {
        return pool.versionCount();
    }

    @Override
    public List<String> checkIntegrity(List<TreeRoot> roots) throws StorageException {
        return checkIntegrity(roots, IntegrityCheck.BTREES);
    }

    /** {@link #checkIntegrity(List)} with a custom checker for the page structures rooted at {@code roots}. */
    public List<String> checkIntegrity(List<TreeRoot> roots, TreeChecker trees) throws StorageException {
        checkUsable();
        acquireWriter();
        try {
            checkpoint(true, 0);
        } catch (StorageException | RuntimeException e) {
            writerSlot.release();
            throw e;
        }
        try (ReadTxn snapshot = beginRead()) {
            return new IntegrityCheck(pageFile, snapshot.pages(), trees).run(roots);
        } finally {
            writerSlot.release();
        }
    }

    @Override
    public void close() throws StorageException {
        if (closed) {
            return;
        }
        closed = true;
        autoCheckpointer.stop();
        StorageException failure = null;
        checkpointLock.lock();
        try {
            synchronized (commitLock) {
                if (journal != null) {
                    journal.close();
                }
                if (wal != null) {
                    boolean checkpointed = false;
                    try {
                        if (broken == null) {
                            finishCheckpoint();
                            checkpointed = true;
                        }
                    } finally {
                        wal.close(checkpointed);
                    }
                }
            }
        } catch (StorageException e) {
            failure = e;
        } finally {
            checkpointLock.unlock();
        }
        try {
            dbFile.close();
        } catch (StorageException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
