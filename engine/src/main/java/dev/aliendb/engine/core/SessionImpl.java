package dev.aliendb.engine.core;

import dev.aliendb.engine.Catalog;
import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.Database;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.Isolation;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableAccess;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.ViewDef;
import dev.aliendb.engine.catalog.CatalogSnapshot;
import dev.aliendb.engine.table.TableAccessImpl;
import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.WriteTxn;
import java.util.HashMap;
import java.util.Map;

/**
 * One connection's {@link Session}: transaction control is its {@link Transaction}; this class adds the
 * catalog as the current transaction sees it, table access bound to that transaction, and DDL run
 * atomically through {@link SchemaEditor}.
 */
final class SessionImpl implements Session {
    private final DatabaseImpl db;
    private final Transaction txn;
    private boolean closed;
    /**
     * Table accesses built from {@link #accessCatalog}, by name. A TableAccessImpl is a function of its catalog
     * entry and this session's transaction (its trees follow the current page view), so it is reused until the
     * catalog snapshot changes; this saves re-deriving layout and re-opening trees on every statement.
     */
    private final Map<String, TableAccess> accesses = new HashMap<>();
    private CatalogSnapshot accessCatalog;

    SessionImpl(DatabaseImpl db) {
        this.db = db;
        this.txn = new Transaction(db.store(), db.commits());
    }

    @Override
    public void beginStatement(boolean writes) throws EngineException {
        txn.beginStatement(writes);
    }

    @Override
    public void endStatement(boolean success) throws EngineException {
        txn.endStatement(success);
    }

    @Override
    public void begin() throws EngineException {
        txn.begin();
    }

    @Override
    public void commit() throws EngineException {
        txn.commit();
    }

    @Override
    public void rollback() throws EngineException {
        txn.rollback();
    }

    @Override
    public boolean inTransaction() {
        return txn.inTransaction();
    }

    @Override
    public boolean autoCommit() {
        return txn.autoCommit();
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws EngineException {
        txn.setAutoCommit(autoCommit);
    }

    @Override
    public void savepoint(String name) throws EngineException {
        txn.savepoint(name);
    }

    @Override
    public void releaseSavepoint(String name) throws EngineException {
        txn.releaseSavepoint(name);
    }

    @Override
    public void rollbackToSavepoint(String name) throws EngineException {
        txn.rollbackToSavepoint(name);
    }

    @Override
    public void setIsolation(Isolation level) {
        txn.setIsolation(level);
    }

    @Override
    public Isolation isolation() {
        return txn.isolation();
    }

    @Override
    public Catalog catalog() throws EngineException {
        return currentCatalog();
    }

    private CatalogSnapshot currentCatalog() throws EngineException {
        txn.checkOpen();
        ReadTxn view = txn.view();
        if (view != null) {
            return db.catalog(view);
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
        synchronized (accesses) {
            if (accessCatalog != catalog) {
                accesses.clear();
                accessCatalog = catalog;
            }
            TableAccess cached = accesses.get(name);
            if (cached != null) {
                return cached;
            }
        }
        TableDef def = catalog.table(name);
        if (def == null) {
            throw new EngineException("42S02", "no such table: " + name);
        }
        TableAccess access = new TableAccessImpl(txn, def, catalog.indexesOf(name), catalog.sequenceRowId(name));
        synchronized (accesses) {
            if (accessCatalog == catalog) {
                accesses.put(name, access);
            }
        }
        return access;
    }

    private interface DdlOp {
        void run(SchemaEditor editor) throws EngineException;
    }

    /**
     * Runs a schema-level change atomically: as its own statement when none is active, always under a
     * savepoint of its own.
     */
    private void ddl(DdlOp op) throws EngineException {
        txn.checkOpen();
        boolean own = !txn.inStatement();
        if (own) {
            txn.beginStatement(true);
        }
        try {
            WriteTxn w = txn.writeTxn();
            int sp = Errors.call(w::savepoint);
            try {
                op.run(new SchemaEditor(w, db.catalog(w), db));
                Errors.call(() -> {
                    w.release(sp);
                    return 0;
                });
            } catch (EngineException | RuntimeException e) {
                Errors.call(() -> {
                    w.rollbackTo(sp);
                    w.release(sp);
                    return 0;
                });
                txn.changed();
                throw e;
            }
        } catch (EngineException | RuntimeException e) {
            if (own) {
                txn.endStatement(false);
            }
            throw e;
        }
        if (own) {
            txn.endStatement(true);
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
    public long userVersion() throws EngineException {
        txn.checkOpen();
        ReadTxn view = txn.view();
        if (view == null) {
            return db.userVersion();
        }
        try {
            return view.meta(MetaSlot.USER_VERSION);
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    @Override
    public void setUserVersion(long version) throws EngineException {
        ddl(editor -> editor.setUserVersion(version));
    }

    @Override
    public Database database() {
        return db;
    }

    @Override
    public void close() throws EngineException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            txn.close();
        } finally {
            db.sessionClosed();
        }
    }
}
