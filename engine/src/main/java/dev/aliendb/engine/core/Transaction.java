package dev.aliendb.engine.core;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.Isolation;
import dev.aliendb.engine.table.TxnContext;
import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.WriteTxn;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A session's transaction state machine over the store's snapshots and single writer, with row-level
 * validation of transactions whose snapshot is older than the latest commit.
 * <ul>
 * <li>Views: reads go through the write transaction once the session holds it, else through a snapshot
 * ({@link ReadTxn}) taken at the first statement of a transaction (REPEATABLE READ, SERIALIZABLE) or at
 * every outermost statement (READ COMMITTED, and always in autocommit).</li>
 * <li>Writer: acquired at the first writing statement (or first write), waiting up to the busy timeout;
 * writers are serialized, and a writer sees the latest commit. Until then the transaction records what it
 * reads on its snapshot ({@link ReadSet}: row ids and row-id ranges per table, index reads and scans as
 * the whole table, so phantoms count). Once it holds the writer it records what it writes
 * ({@link WriteSet}), which it publishes in the {@link CommitLog} under its commit's CSN.</li>
 * <li>Validation when the writer is acquired with a snapshot older than the writer's base (commits C
 * happened in between): a schema change in C fails with 40001 at every level. READ COMMITTED checks
 * nothing else. SERIALIZABLE fails with 40001 if any row its read set covers was written by C. REPEATABLE
 * READ (snapshot isolation) fails with 40001 later, at any read or write of a row written by C.</li>
 * </ul>
 * Why SERIALIZABLE is serializable: the acquisition point A is the transaction's serialization point. Every
 * read made before A was on the snapshot and, validated against all commits between the snapshot and A,
 * still returns the same rows at A (phantoms included, as ranges are validated); every read after A goes
 * through the writer, which sees the latest commit, and no other transaction commits until this one ends.
 * So the transaction reads and writes exactly as if it ran alone at A; read-only transactions serialize at
 * their snapshot. Writes after A need no check: they are based on the current data, so a row read on the
 * snapshot and then overwritten by a concurrent commit is caught at A (no lost update).
 * <p>
 * Why REPEATABLE READ is snapshot isolation: every value it reads is its snapshot's (before A, or after A
 * for rows no commit in C touched) or its own write, else it fails; and it never writes a row a commit in C
 * wrote (first committer wins). Write skew is allowed, as in SI. Half of this is conservative: a cursor
 * opened before A and still read after A continues on the current rows without a check.
 * <p>
 * Other invariants: write sets and read sets only over-approximate (bounded sizes collapse to whole
 * tables; rows of rolled-back statements stay), so validation can fail needlessly but never pass wrongly.
 * Autocommit: a transaction lasts while any statement is active and commits (or rolls back) when the
 * outermost one ends. Explicit transactions (BEGIN, SAVEPOINT outside a transaction, autocommit off) end
 * only by commit/rollback (or RELEASE of a SAVEPOINT that started them). Statement atomicity: inside a
 * transaction each statement runs under a storage savepoint, rolled back when the statement fails with
 * ABORT semantics, kept under FAIL; ROLLBACK ends the whole transaction. Transaction-control calls made
 * while statements are active detach those statements from their savepoints.
 */
final class Transaction implements TxnContext {
    private final Store store;
    private final CommitLog commits;
    private boolean autoCommit = true;
    private boolean explicit;
    private boolean startedBySavepoint;
    private Isolation isolation = Isolation.SERIALIZABLE;
    private ReadTxn snapshot;
    /** What was read on {@link #snapshot} (null: nothing yet); dropped with the snapshot. */
    private ReadSet reads;
    private WriteTxn writer;
    /** What was written under {@link #writer}; published at commit. */
    private WriteSet writes;
    /** REPEATABLE READ holding the writer: rows committed after its snapshot; else null. */
    private WriteSet concurrent;
    private final Deque<Frame> statements = new ArrayDeque<>();
    private final List<Frame> savepoints = new ArrayList<>();
    private ConflictAction failure;
    private long changes;
    private boolean closed;

    /** A statement or named savepoint: the storage savepoint level guarding it (-1 = none yet). */
    private static final class Frame {
        final String name;
        final boolean guarded;
        int level = -1;

        Frame(String name, boolean guarded) {
            this.name = name;
            this.guarded = guarded;
        }
    }

    Transaction(Store store, CommitLog commits) {
        this.store = store;
        this.commits = commits;
    }

    void beginStatement(boolean writes) throws EngineException {
        checkOpen();
        if (statements.isEmpty()) {
            failure = null;
            explicit |= !autoCommit;
            if (writer == null && (!explicit || readCommitted())) {
                closeSnapshot();
            }
        }
        Frame frame = new Frame(null, explicit || !statements.isEmpty());
        statements.push(frame);
        try {
            if (writes) {
                acquireWriter();
            } else if (writer == null && snapshot == null) {
                snapshot = commits.openSnapshot(store);
            }
            if (writer != null && frame.guarded && frame.level < 0) {
                frame.level = writer.savepoint();
            }
        } catch (StorageException e) {
            endStatement(false);
            throw Errors.wrap(e);
        } catch (EngineException e) {
            endStatement(false);
            throw e;
        }
    }

    void endStatement(boolean success) throws EngineException {
        if (statements.isEmpty()) {
            return;
        }
        Frame frame = statements.pop();
        ConflictAction mode = success ? null : failure == null ? ConflictAction.ABORT : failure;
        if (mode == ConflictAction.ROLLBACK) {
            rollbackAll();
            return;
        }
        boolean keep = mode == null || mode == ConflictAction.FAIL;
        try {
            if (frame.level >= 0 && writer != null) {
                if (!keep) {
                    writer.rollbackTo(frame.level);
                    changed();
                }
                writer.release(frame.level);
            }
        } catch (StorageException e) {
            rollbackAll();
            throw Errors.wrap(e);
        }
        if (statements.isEmpty() && !explicit) {
            if (keep) {
                commitAll();
            } else {
                rollbackAll();
            }
        } else if (statements.isEmpty() && writer == null && readCommitted()) {
            closeSnapshot(); // the next statement (and planning before it) sees the latest commit
        }
    }

    void begin() throws EngineException {
        checkOpen();
        if (explicit) {
            throw new EngineException("25001", "cannot start a transaction within a transaction");
        }
        explicit = true;
    }

    void commit() throws EngineException {
        if (transactionToEnd("commit")) {
            commitAll();
        }
    }

    void rollback() throws EngineException {
        if (transactionToEnd("rollback")) {
            rollbackAll();
        }
    }

    /** Whether COMMIT/ROLLBACK has a transaction to end; with autocommit on, none is an error (as in SQLite). */
    private boolean transactionToEnd(String verb) throws EngineException {
        checkOpen();
        if (explicit) {
            return true;
        }
        if (autoCommit) {
            throw new EngineException("25000", "cannot " + verb + " - no transaction is active");
        }
        return false;
    }

    boolean inTransaction() {
        return explicit;
    }

    boolean autoCommit() {
        return autoCommit;
    }

    void setAutoCommit(boolean autoCommit) throws EngineException {
        checkOpen();
        if (autoCommit && !this.autoCommit && explicit) {
            commitAll();
        }
        this.autoCommit = autoCommit;
    }

    void savepoint(String name) throws EngineException {
        checkOpen();
        requireName(name);
        detachStatements();
        if (!explicit) {
            explicit = true;
            startedBySavepoint = autoCommit; // with autocommit off the transaction belongs to the connection
        }
        Frame sp = new Frame(name, true);
        if (writer != null) {
            sp.level = Errors.call(() -> writer.savepoint());
        }
        savepoints.add(sp);
    }

    void releaseSavepoint(String name) throws EngineException {
        checkOpen();
        int i = findSavepoint(name);
        detachStatements();
        if (i == 0 && startedBySavepoint) {
            commitAll();
            return;
        }
        Frame sp = savepoints.get(i);
        if (writer != null && sp.level >= 0) {
            Errors.call(() -> {
                writer.release(sp.level);
                return 0;
            });
        }
        savepoints.subList(i, savepoints.size()).clear();
    }

    void rollbackToSavepoint(String name) throws EngineException {
        checkOpen();
        int i = findSavepoint(name);
        detachStatements();
        Frame sp = savepoints.get(i);
        if (writer != null && sp.level >= 0) {
            Errors.call(() -> {
                writer.rollbackTo(sp.level);
                return 0;
            });
        }
        savepoints.subList(i + 1, savepoints.size()).clear();
        changed();
    }

    void setIsolation(Isolation level) {
        isolation = level;
    }

    Isolation isolation() {
        return isolation;
    }

    private boolean readCommitted() {
        return isolation == Isolation.READ_COMMITTED;
    }

    private void acquireWriter() throws EngineException {
        if (writer != null) {
            return;
        }
        WriteTxn w;
        try {
            w = store.beginWrite();
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
        try {
            WriteSet since = null;
            if (snapshot != null && w.csn() != snapshot.csn()) {
                try {
                    since = validate(w);
                } catch (EngineException | StorageException e) {
                    w.close();
                    throw e;
                }
            }
            writer = w;
            writes = new WriteSet();
            concurrent = since;
            closeSnapshot();
            for (Frame sp : savepoints) {
                if (sp.level < 0) {
                    sp.level = w.savepoint();
                }
            }
            for (var it = statements.descendingIterator(); it.hasNext(); ) {
                Frame f = it.next();
                if (f.guarded && f.level < 0) {
                    f.level = w.savepoint();
                }
            }
        } catch (StorageException e) {
            rollbackAll();
            throw Errors.wrap(e);
        }
    }

    /**
     * Checks the snapshot against the commits made since (the writer {@code w} sees them all); returns
     * their rows for REPEATABLE READ's later checks, else null.
     */
    private WriteSet validate(WriteTxn w) throws EngineException, StorageException {
        if (snapshot.meta(MetaSlot.SCHEMA_VERSION) != w.meta(MetaSlot.SCHEMA_VERSION)) {
            throw conflict("the schema changed since the transaction's snapshot");
        }
        if (isolation == Isolation.READ_COMMITTED) {
            return null;
        }
        WriteSet since = commits.since(snapshot.csn(), w.csn());
        if (since == null) {
            throw conflict("the transaction's snapshot is too old to validate");
        }
        if (isolation == Isolation.SERIALIZABLE && reads != null && reads.intersects(since)) {
            throw conflict("rows the transaction read were changed by a transaction that committed after its snapshot");
        }
        return isolation == Isolation.REPEATABLE_READ ? since : null;
    }

    private static EngineException conflict(String why) {
        return new EngineException("40001", "serialization conflict: " + why + "; retry");
    }

    private void commitAll() throws EngineException {
        WriteTxn w = writer;
        WriteSet published = writes;
        resetTransaction();
        if (w != null) {
            try {
                commits.commit(w, published);
            } catch (StorageException e) {
                throw Errors.wrap(e);
            } finally {
                closeQuietly(w);
            }
        }
    }

    private void rollbackAll() throws EngineException {
        WriteTxn w = writer;
        resetTransaction();
        changed();
        if (w != null) {
            try {
                w.rollback();
            } catch (StorageException e) {
                throw Errors.wrap(e);
            } finally {
                closeQuietly(w);
            }
        }
    }

    private void resetTransaction() {
        writer = null;
        writes = null;
        concurrent = null;
        closeSnapshot();
        statements.clear();
        savepoints.clear();
        explicit = false;
        startedBySavepoint = false;
        failure = null;
    }

    private void closeSnapshot() {
        if (snapshot != null) {
            closeQuietly(snapshot);
            commits.release(snapshot.csn());
            snapshot = null;
        }
        reads = null;
    }

    private static void closeQuietly(ReadTxn txn) {
        try {
            txn.close();
        } catch (StorageException ignored) {
            // ending a transaction that is already over; nothing is lost
        }
    }

    private void detachStatements() {
        for (Frame f : statements) {
            f.level = -1;
        }
    }

    private int findSavepoint(String name) throws EngineException {
        requireName(name);
        for (int i = savepoints.size() - 1; i >= 0; i--) {
            if (savepoints.get(i).name.equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new EngineException("3B001", "no such savepoint: " + name);
    }

    private static void requireName(String name) throws EngineException {
        if (name == null || name.isBlank()) {
            throw new EngineException("3B001", "savepoint name is empty");
        }
    }

    // ---- TxnContext ----

    @Override
    public ReadTxn readTxn() throws EngineException {
        checkOpen();
        if (writer != null) {
            return writer;
        }
        requireTransaction();
        if (snapshot == null) {
            try {
                snapshot = commits.openSnapshot(store);
            } catch (StorageException e) {
                throw Errors.wrap(e);
            }
        }
        return snapshot;
    }

    @Override
    public WriteTxn writeTxn() throws EngineException {
        checkOpen();
        if (writer == null) {
            requireTransaction();
            acquireWriter();
        }
        return writer;
    }

    private void requireTransaction() throws EngineException {
        if (statements.isEmpty() && !explicit) {
            throw new EngineException("25000", "no statement is active: call beginStatement first");
        }
    }

    @Override
    public void reading(int table, long low, long high) throws EngineException {
        if (writer == null) {
            if (reads == null) {
                reads = new ReadSet();
            }
            reads.add(table, low, high);
        } else if (concurrent != null && concurrent.containsAny(table, low, high)) {
            throw conflict("rows the transaction reads were changed by a transaction that committed after its snapshot");
        }
    }

    @Override
    public void writing(int table, long rowId) throws EngineException {
        if (concurrent != null && concurrent.contains(table, rowId)) {
            throw conflict("row " + rowId + " was changed by a transaction that committed after the transaction's "
                    + "snapshot (first committer wins)");
        }
        writes.add(table, rowId);
    }

    @Override
    public long changeCount() {
        return changes;
    }

    @Override
    public void changed() {
        changes++;
    }

    @Override
    public void conflictRaised(ConflictAction action) {
        failure = action;
    }

    /** The view of the current transaction (write transaction or snapshot), or null between transactions. */
    ReadTxn view() {
        return writer != null ? writer : snapshot;
    }

    boolean inStatement() {
        return !statements.isEmpty();
    }

    void checkOpen() throws EngineException {
        if (closed) {
            throw new EngineException("08003", "session is closed");
        }
    }

    /** Rolls back whatever is open; the transaction refuses all work afterwards. */
    void close() throws EngineException {
        if (!closed) {
            closed = true;
            rollbackAll();
        }
    }
}
