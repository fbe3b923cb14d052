package dev.aliendb.engine.core;

import dev.aliendb.engine.Catalog;
import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.Database;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableAccess;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.ViewDef;
import dev.aliendb.engine.catalog.CatalogSnapshot;
import dev.aliendb.engine.table.TableAccessImpl;
import dev.aliendb.engine.table.TxnContext;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
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
final class SessionImpl implements Session, TxnContext {
    private final DatabaseImpl db;
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

    SessionImpl(DatabaseImpl db) {
        this.db = db;
    }

    // ---- statements and transactions ----

    @Override
    public void beginStatement(boolean writes) throws EngineException {
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
                snapshot = db.store().beginRead();
            }
            if (writer != null && frame.guarded) {
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

    @Override
    public void endStatement(boolean success) throws EngineException {
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
        }
    }

    @Override
    public void begin() throws EngineException {
        checkOpen();
        if (explicit) {
            throw new EngineException("25001", "cannot start a transaction within a transaction");
        }
        explicit = true;
    }

    @Override
    public void commit() throws EngineException {
        checkOpen();
        if (!explicit) {
            if (autoCommit) {
                throw new EngineException("25000", "cannot commit - no transaction is active");
            }
            return;
        }
        commitAll();
    }

    @Override
    public void rollback() throws EngineException {
        checkOpen();
        if (!explicit) {
            if (autoCommit) {
                throw new EngineException("25000", "cannot rollback - no transaction is active");
            }
            return;
        }
        rollbackAll();
    }

    @Override
    public boolean inTransaction() {
        return explicit;
    }

    @Override
    public boolean autoCommit() {
        return autoCommit;
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws EngineException {
        checkOpen();
        if (autoCommit && !this.autoCommit && explicit) {
            commitAll();
        }
        this.autoCommit = autoCommit;
    }

    @Override
    public void savepoint(String name) throws EngineException {
        checkOpen();
        requireName(name);
        detachStatements();
        if (!explicit) {
            explicit = true;
            startedBySavepoint = autoCommit; // with autocommit off the transaction belongs to the connection
        }
        Frame sp = new Frame(name, true);
        if (writer != null) {
            sp.level = storage(() -> writer.savepoint());
        }
        savepoints.add(sp);
    }

    @Override
    public void releaseSavepoint(String name) throws EngineException {
        checkOpen();
        int i = findSavepoint(name);
        detachStatements();
        if (i == 0 && startedBySavepoint) {
            commitAll();
            return;
        }
        Frame sp = savepoints.get(i);
        if (writer != null && sp.level >= 0) {
            storage(() -> {
                writer.release(sp.level);
                return 0;
            });
        }
        savepoints.subList(i, savepoints.size()).clear();
    }

    @Override
    public void rollbackToSavepoint(String name) throws EngineException {
        checkOpen();
        int i = findSavepoint(name);
        detachStatements();
        Frame sp = savepoints.get(i);
        if (writer != null && sp.level >= 0) {
            storage(() -> {
                writer.rollbackTo(sp.level);
                return 0;
            });
        }
        savepoints.subList(i + 1, savepoints.size()).clear();
        changed();
    }

    @Override
    public void setIsolation(int level) {
        isolation = level;
    }

    @Override
    public int isolation() {
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
            w = db.store().beginWrite();
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

    private interface StorageCall {
        int run() throws StorageException;
    }

    private static int storage(StorageCall call) throws EngineException {
        try {
            return call.run();
        } catch (StorageException e) {
            throw Errors.wrap(e);
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
                snapshot = db.store().beginRead();
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

    // ---- catalog and tables ----

    @Override
    public Catalog catalog() throws EngineException {
        return currentCatalog();
    }

    private CatalogSnapshot currentCatalog() throws EngineException {
        checkOpen();
        if (writer != null || snapshot != null) {
            return db.catalog(writer != null ? writer : snapshot);
        }
        try (ReadTxn t = db.store().beginRead()) {
            return db.catalog(t);
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    @Override
    public TableAccess table(String name) throws EngineException {
        CatalogSnapshot catalog = currentCatalog();
        TableDef def = catalog.table(name);
        if (def == null) {
            throw new EngineException("42S02", "no such table: " + name);
        }
        return new TableAccessImpl(this, def, catalog.indexesOf(name), catalog.sequenceRowId(name));
    }

    private interface DdlOp {
        void run(SchemaEditor editor) throws EngineException;
    }

    /** Runs DDL atomically: as its own statement when none is active, always under a savepoint of its own. */
    private void ddl(DdlOp op) throws EngineException {
        checkOpen();
        boolean own = statements.isEmpty();
        if (own) {
            beginStatement(true);
        }
        try {
            WriteTxn w = writeTxn();
            int sp = storage(w::savepoint);
            try {
                op.run(new SchemaEditor(w, db.catalog(w), db));
                storage(() -> {
                    w.release(sp);
                    return 0;
                });
            } catch (EngineException | RuntimeException e) {
                storage(() -> {
                    w.rollbackTo(sp);
                    w.release(sp);
                    return 0;
                });
                changed();
                throw e;
            }
        } catch (EngineException | RuntimeException e) {
            if (own) {
                endStatement(false);
            }
            throw e;
        }
        if (own) {
            endStatement(true);
        }
    }

    @Override
    public void createTable(TableDef def) throws EngineException {
        ddl(e -> e.createTable(def));
    }

    @Override
    public void dropTable(String name, boolean ifExists) throws EngineException {
        ddl(e -> e.dropTable(name, ifExists));
    }

    @Override
    public void createIndex(IndexDef def, boolean ifNotExists) throws EngineException {
        ddl(e -> e.createIndex(def, ifNotExists));
    }

    @Override
    public void dropIndex(String name, boolean ifExists) throws EngineException {
        ddl(e -> e.dropIndex(name, ifExists));
    }

    @Override
    public void createView(ViewDef def, boolean ifNotExists) throws EngineException {
        ddl(e -> e.createView(def, ifNotExists));
    }

    @Override
    public void dropView(String name, boolean ifExists) throws EngineException {
        ddl(e -> e.dropView(name, ifExists));
    }

    @Override
    public void addColumn(String table, ColumnDef column) throws EngineException {
        ddl(e -> e.addColumn(table, column));
    }

    @Override
    public void renameTable(String oldName, String newName) throws EngineException {
        ddl(e -> e.renameTable(oldName, newName));
    }

    @Override
    public Database database() {
        return db;
    }

    private void checkOpen() throws EngineException {
        if (closed) {
            throw new EngineException("08003", "session is closed");
        }
    }

    @Override
    public void close() throws EngineException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            rollbackAll();
        } finally {
            db.sessionClosed();
        }
    }
}
