package dev.aliendb.engine.core;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.table.TxnContext;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.WriteTxn;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A session's transaction state machine over the store's snapshots and single writer.
 * <ul>
 * <li>Views: reads go through the write transaction once the session holds it, else through a snapshot
 * ({@link ReadTxn}) taken at the first statement of a transaction (REPEATABLE READ, SERIALIZABLE) or at
 * every outermost statement (READ COMMITTED, and always in autocommit).</li>
 * <li>Writer: acquired at the first writing statement (or first write); if the session's snapshot is older
 * than the latest commit at that moment the transaction fails with 40001 (first committer wins).</li>
 * <li>Autocommit: a transaction lasts while any statement is active and commits (or rolls back) when the
 * outermost one ends. Explicit transactions (BEGIN, SAVEPOINT outside a transaction, autocommit off) end
 * only by commit/rollback (or RELEASE of a SAVEPOINT that started them).</li>
 * <li>Statement atomicity: inside a transaction each statement runs under a storage savepoint, rolled back
 * when the statement fails with ABORT semantics, kept under FAIL; ROLLBACK ends the whole transaction.
 * Transaction-control calls made while statements are active detach those statements from their savepoints.</li>
 * </ul>
 */
final class Transaction implements TxnContext {
    private final Store store;
    private boolean autoCommit = true;
    private boolean explicit;
    private boolean startedBySavepoint;
    private int isolation = Connection.TRANSACTION_SERIALIZABLE;
    private ReadTxn snapshot;
    private WriteTxn writer;
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

    Transaction(Store store) {
        this.store = store;
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
                snapshot = store.beginRead();
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

    void setIsolation(int level) {
        isolation = level;
    }

    int isolation() {
        return isolation;
    }

    private boolean readCommitted() {
        return isolation <= Connection.TRANSACTION_READ_COMMITTED;
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
            if (snapshot != null && w.csn() != snapshot.csn()) {
                w.close();
                throw new EngineException("40001", "serialization conflict: database changed since the transaction's "
                        + "snapshot; retry");
            }
            writer = w;
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

    private void commitAll() throws EngineException {
        WriteTxn w = writer;
        resetTransaction();
        if (w != null) {
            try {
                w.commit();
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
            snapshot = null;
        }
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
                snapshot = store.beginRead();
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
