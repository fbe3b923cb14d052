package dev.aliendb.engine.core;

import dev.aliendb.engine.Database;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.catalog.CatalogSnapshot;
import dev.aliendb.engine.catalog.SchemaTable;
import dev.aliendb.engine.table.IntegrityChecker;
import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.TreeRoot;
import dev.aliendb.storage.WriteTxn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One open database: its {@link Store}, the session count (the store closes with the last session), the
 * schema-version counter and a cache of immutable catalogs by version. Schema versions handed out by
 * {@link #nextSchemaVersion} are unique for the life of this object (they start above the version in the
 * file), so a version always names exactly one catalog, committed or not.
 */
public final class DatabaseImpl implements Database {
    private static final int CACHED_CATALOGS = 16;
    private final Store store;
    private final Runnable onLastClose;
    private final AtomicLong schemaVersions = new AtomicLong();
    private final Map<Long, CatalogSnapshot> catalogs = new LinkedHashMap<>(CACHED_CATALOGS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CatalogSnapshot> eldest) {
            return size() > CACHED_CATALOGS;
        }
    };
    private final CommitLog commits = new CommitLog();
    private int sessions;
    private boolean closed;

    DatabaseImpl(Store store, boolean readOnly, Runnable onLastClose) throws EngineException {
        this.store = store;
        this.onLastClose = onLastClose;
        try {
            long root;
            try (ReadTxn t = store.beginRead()) {
                root = t.meta(MetaSlot.SCHEMA_ROOT);
                schemaVersions.set(t.meta(MetaSlot.SCHEMA_VERSION));
            }
            if (root == 0 && !readOnly) {
                createSchemaTable();
            }
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    private void createSchemaTable() throws StorageException, EngineException {
        try (WriteTxn w = store.beginWrite()) {
            if (w.meta(MetaSlot.SCHEMA_ROOT) == 0) {
                w.setMeta(MetaSlot.SCHEMA_ROOT, SchemaTable.create(w.pages()));
                w.setMeta(MetaSlot.SCHEMA_VERSION, nextSchemaVersion());
                w.commit();
            }
        }
    }

    @Override
    public Session openSession() throws EngineException {
        synchronized (DatabaseRegistry.LOCK) {
            if (closed) {
                throw new EngineException("08003", "database is closed");
            }
            sessions++;
        }
        return new SessionImpl(this);
    }

    /** Called by a closing session; the last one closes the store and unregisters the database. */
    void sessionClosed() throws EngineException {
        synchronized (DatabaseRegistry.LOCK) {
            if (--sessions > 0) {
                return;
            }
            closed = true;
            onLastClose.run();
            try {
                store.close(); // under the lock: a concurrent open of the same file waits for the file lock's release
            } catch (StorageException e) {
                throw Errors.wrap(e);
            }
        }
    }

    @Override
    public Store store() {
        return store;
    }

    /** The write sets of recent commits, shared by this database's sessions for validation. */
    CommitLog commits() {
        return commits;
    }

    long nextSchemaVersion() {
        return schemaVersions.incrementAndGet();
    }

    /** The catalog as seen by {@code txn}, from the cache when its version was loaded before. */
    CatalogSnapshot catalog(ReadTxn txn) throws EngineException {
        try {
            long version = txn.meta(MetaSlot.SCHEMA_VERSION);
            synchronized (catalogs) {
                CatalogSnapshot cached = catalogs.get(version);
                if (cached != null) {
                    return cached;
                }
            }
            CatalogSnapshot loaded = txn.meta(MetaSlot.SCHEMA_ROOT) == 0 ? CatalogSnapshot.empty(version)
                    : SchemaTable.open(txn.pages(), schemaRoot(txn)).load(version);
            synchronized (catalogs) {
                catalogs.put(version, loaded);
            }
            return loaded;
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    private static int schemaRoot(ReadTxn txn) throws StorageException, EngineException {
        long root = txn.meta(MetaSlot.SCHEMA_ROOT);
        if (root <= 0 || root > Integer.MAX_VALUE) {
            throw new EngineException("XX001", "database disk image is malformed: schema root page " + root);
        }
        return (int) root;
    }

    @Override
    public List<String> integrityCheck() throws EngineException {
        try (ReadTxn t = store.beginRead()) {
            if (t.meta(MetaSlot.SCHEMA_ROOT) == 0) {
                return store.checkIntegrity(List.of());
            }
            List<TreeRoot> roots = new ArrayList<>();
            roots.add(new TreeRoot(schemaRoot(t), false, "schema"));
            CatalogSnapshot catalog;
            try {
                catalog = catalog(t);
            } catch (EngineException damagedCatalog) {
                List<String> problems = new ArrayList<>(store.checkIntegrity(roots));
                problems.add(damagedCatalog.getMessage());
                return problems;
            }
            for (TableDef table : catalog.tables()) {
                roots.add(new TreeRoot(table.rootPage(), false, table.name()));
            }
            for (IndexDef index : catalog.indexes()) {
                roots.add(new TreeRoot(index.rootPage(), true, index.name()));
            }
            List<String> problems = new ArrayList<>(store.checkIntegrity(roots));
            try {
                problems.addAll(IntegrityChecker.check(t.pages(), catalog));
            } catch (EngineException damaged) {
                problems.add(damaged.getMessage());
            }
            return problems;
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    @Override
    public long userVersion() throws EngineException {
        try (ReadTxn t = store.beginRead()) {
            return t.meta(MetaSlot.USER_VERSION);
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    @Override
    public void setUserVersion(long version) throws EngineException {
        try (WriteTxn w = store.beginWrite()) {
            w.setMeta(MetaSlot.USER_VERSION, version);
            commits.commit(w, new WriteSet()); // no rows, but logged: concurrent snapshots stay valid
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }
}
