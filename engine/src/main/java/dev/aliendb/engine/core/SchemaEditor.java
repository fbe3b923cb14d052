package dev.aliendb.engine.core;

import dev.aliendb.engine.Affinity;
import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.ViewDef;
import dev.aliendb.engine.catalog.CatalogSnapshot;
import dev.aliendb.engine.catalog.DefaultLiteral;
import dev.aliendb.engine.catalog.SchemaTable;
import dev.aliendb.engine.catalog.SchemaText;
import dev.aliendb.engine.table.IndexBuilder;
import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.btree.BTrees;
import dev.aliendb.storage.page.PageAccess;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Executes DDL inside a write transaction against the catalog as of that transaction: validates, allocates
 * or frees B-trees, rewrites schema-table rows and sets a new, process-unique schema version. Each operation
 * either completes or (through the caller's savepoint) leaves nothing behind. Errors use SQLite's messages.
 */
final class SchemaEditor {
    private final WriteTxn txn;
    private final PageAccess pages;
    private final CatalogSnapshot catalog;
    private final SchemaTable schema;
    private final DatabaseImpl db;

    SchemaEditor(WriteTxn txn, CatalogSnapshot catalog, DatabaseImpl db) throws EngineException {
        this.txn = txn;
        this.pages = txn.pages();
        this.catalog = catalog;
        this.db = db;
        try {
            this.schema = SchemaTable.open(pages, (int) txn.meta(MetaSlot.SCHEMA_ROOT));
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    void createTable(TableDef def) throws EngineException {
        require(def, "table definition");
        checkNewName(def.name(), "table");
        List<ColumnDef> columns = normalized(def.columns());
        if (columns.isEmpty()) {
            throw new EngineException("42000", "table " + def.name() + " has no columns");
        }
        Set<String> names = new HashSet<>();
        for (ColumnDef c : columns) {
            if (!names.add(c.name().toLowerCase(Locale.ROOT))) {
                throw new EngineException("42S21", "duplicate column name: " + c.name());
            }
            if (c.autoIncrement() && columns.indexOf(c) != def.rowIdColumn()) {
                throw new EngineException("42000", "AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY");
            }
        }
        if (def.rowIdColumn() < -1 || def.rowIdColumn() >= columns.size()) {
            throw new EngineException("42000", "row id column " + def.rowIdColumn() + " out of range in table " + def.name());
        }
        List<List<Integer>> keys = new ArrayList<>();
        for (List<Integer> key : def.uniqueKeys() == null ? List.<List<Integer>>of() : def.uniqueKeys()) {
            checkColumns(key, columns.size(), def.name());
            boolean rowIdItself = key.size() == 1 && key.get(0) == def.rowIdColumn(); // unique by construction
            if (!keys.contains(key) && !rowIdItself) {
                keys.add(List.copyOf(key));
            }
        }
        TableDef stored = new TableDef(def.name(), columns, def.rowIdColumn(), List.copyOf(keys),
                def.checks() == null ? List.of() : List.copyOf(def.checks()), def.sql(), newTableTree());
        schema.putTable(null, stored);
        for (int i = 0; i < keys.size(); i++) {
            schema.putIndex(null, new IndexDef("sqlite_autoindex_" + def.name() + "_" + (i + 1), def.name(), keys.get(i),
                    Collections.nCopies(keys.get(i).size(), false), true, null, newIndexTree()));
        }
        if (def.rowIdColumn() >= 0 && columns.get(def.rowIdColumn()).autoIncrement()) {
            schema.putSequence(null, def.name(), 0);
        }
        bumpVersion();
    }

    void dropTable(String name, boolean ifExists) throws EngineException {
        TableDef def = catalog.table(name);
        if (def == null) {
            if (catalog.view(name) != null) {
                throw new EngineException("42000", "use DROP VIEW to delete view " + name);
            }
            if (ifExists) {
                return;
            }
            throw new EngineException("42S02", "no such table: " + name);
        }
        try {
            for (IndexDef index : catalog.indexesOf(name)) {
                BTrees.openIndex(pages, index.rootPage()).drop();
                schema.delete(catalog.entryRowId(index.name()));
            }
            BTrees.openTable(pages, def.rootPage()).drop();
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
        schema.delete(catalog.entryRowId(name));
        Long sequence = catalog.sequenceRowId(name);
        if (sequence != null) {
            schema.delete(sequence);
        }
        bumpVersion();
    }

    void createIndex(IndexDef def, boolean ifNotExists) throws EngineException {
        require(def, "index definition");
        TableDef table = catalog.table(def.table());
        if (table == null) {
            throw new EngineException("42S02", "no such table: " + def.table());
        }
        if (ifNotExists && catalog.index(def.name()) != null) {
            return;
        }
        checkNewName(def.name(), "index");
        checkColumns(def.columns(), table.columns().size(), table.name());
        List<Boolean> desc = def.descending() == null ? Collections.nCopies(def.columns().size(), false) : def.descending();
        if (desc.size() != def.columns().size()) {
            throw new EngineException("42000", "index " + def.name() + ": " + desc.size() + " sort orders for "
                    + def.columns().size() + " columns");
        }
        IndexDef stored = new IndexDef(def.name(), table.name(), List.copyOf(def.columns()), List.copyOf(desc), def.unique(),
                def.sql(), newIndexTree());
        IndexBuilder.build(pages, table, stored);
        schema.putIndex(null, stored);
        bumpVersion();
    }

    void dropIndex(String name, boolean ifExists) throws EngineException {
        IndexDef def = catalog.index(name);
        if (def == null) {
            if (ifExists) {
                return;
            }
            throw new EngineException("42S12", "no such index: " + name);
        }
        if (def.sql() == null) {
            throw new EngineException("42000", "index associated with UNIQUE or PRIMARY KEY constraint cannot be dropped");
        }
        try {
            BTrees.openIndex(pages, def.rootPage()).drop();
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
        schema.delete(catalog.entryRowId(name));
        bumpVersion();
    }

    void createView(ViewDef def, boolean ifNotExists) throws EngineException {
        require(def, "view definition");
        if (ifNotExists && catalog.view(def.name()) != null) {
            return;
        }
        checkNewName(def.name(), "view");
        schema.putView(def.name(), def.sql());
        bumpVersion();
    }

    void dropView(String name, boolean ifExists) throws EngineException {
        if (catalog.view(name) == null) {
            if (catalog.table(name) != null) {
                throw new EngineException("42000", "use DROP TABLE to delete table " + name);
            }
            if (ifExists) {
                return;
            }
            throw new EngineException("42S02", "no such view: " + name);
        }
        schema.delete(catalog.entryRowId(name));
        bumpVersion();
    }

    void addColumn(String tableName, ColumnDef column) throws EngineException {
        TableDef def = catalog.table(tableName);
        if (def == null) {
            throw new EngineException("42S02", "no such table: " + tableName);
        }
        ColumnDef c = normalized(List.of(require(column, "column definition"))).get(0);
        if (def.columnIndex(c.name()) >= 0) {
            throw new EngineException("42S21", "duplicate column name: " + c.name());
        }
        if (c.primaryKey() || c.autoIncrement()) {
            throw new EngineException("42000", "Cannot add a PRIMARY KEY column");
        }
        Object value = DefaultLiteral.parse(c.defaultSql());
        if (c.notNull() && value == null) {
            throw new EngineException("42000", "Cannot add a NOT NULL column with default value NULL");
        }
        List<ColumnDef> columns = new ArrayList<>(def.columns());
        columns.add(c);
        schema.putTable(catalog.entryRowId(def.name()), new TableDef(def.name(), List.copyOf(columns), def.rowIdColumn(),
                def.uniqueKeys(), def.checks(), SchemaText.addColumn(def.sql(), c), def.rootPage()));
        bumpVersion();
    }

    void renameTable(String oldName, String newName) throws EngineException {
        TableDef def = catalog.table(oldName);
        if (def == null) {
            throw new EngineException("42S02", "no such table: " + oldName);
        }
        if (require(newName, "new table name").isBlank()) {
            throw new EngineException("42000", "new table name is empty");
        }
        if (catalog.kindOf(newName) != null && !newName.equalsIgnoreCase(oldName)) {
            throw new EngineException("42S01", "there is already another table or index with this name: " + newName);
        }
        checkReserved(newName);
        schema.putTable(catalog.entryRowId(oldName), new TableDef(newName, def.columns(), def.rowIdColumn(), def.uniqueKeys(),
                def.checks(), SchemaText.renameTable(def.sql(), newName), def.rootPage()));
        String autoPrefix = "sqlite_autoindex_" + def.name() + "_";
        for (IndexDef index : catalog.indexesOf(oldName)) {
            String name = index.name().startsWith(autoPrefix)
                    ? "sqlite_autoindex_" + newName + "_" + index.name().substring(autoPrefix.length()) : index.name();
            schema.putIndex(catalog.entryRowId(index.name()), new IndexDef(name, newName, index.columns(), index.descending(),
                    index.unique(), SchemaText.renameIndexTarget(index.sql(), newName), index.rootPage()));
        }
        Long sequence = catalog.sequenceRowId(oldName);
        if (sequence != null) {
            schema.putSequence(sequence, newName, schema.sequence(sequence));
        }
        bumpVersion();
    }

    /** PRAGMA user_version = v (not DDL: the schema version stays). */
    void setUserVersion(long version) throws EngineException {
        try {
            txn.setMeta(MetaSlot.USER_VERSION, version);
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    private void checkNewName(String name, String kind) throws EngineException {
        if (name == null || name.isBlank()) {
            throw new EngineException("42000", kind + " name is empty");
        }
        checkReserved(name);
        String existing = catalog.kindOf(name);
        if (existing == null) {
            return;
        }
        String message = existing.equals(kind) || !(existing.equals("index") || kind.equals("index"))
                ? existing + " " + name + " already exists"
                : "there is already " + (existing.equals("index") ? "an index" : "a " + existing) + " named " + name;
        throw new EngineException(existing.equals("index") ? "42S11" : "42S01", message);
    }

    private static <T> T require(T value, String what) throws EngineException {
        if (value == null) {
            throw new EngineException("42000", what + " is missing");
        }
        return value;
    }

    private static void checkReserved(String name) throws EngineException {
        if (name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
            throw new EngineException("42000", "object name reserved for internal use: " + name);
        }
    }

    private static void checkColumns(List<Integer> columns, int width, String table) throws EngineException {
        if (columns == null || columns.isEmpty()) {
            throw new EngineException("42000", "empty column list for a key of table " + table);
        }
        for (Integer c : columns) {
            if (c == null || c < 0 || c >= width) {
                throw new EngineException("42000", "column number " + c + " out of range in table " + table);
            }
        }
    }

    private static List<ColumnDef> normalized(List<ColumnDef> columns) throws EngineException {
        List<ColumnDef> out = new ArrayList<>();
        for (ColumnDef c : columns == null ? List.<ColumnDef>of() : columns) {
            if (c == null || c.name() == null || c.name().isBlank()) {
                throw new EngineException("42000", "column without a name");
            }
            String type = c.declaredType() == null ? "" : c.declaredType();
            Affinity affinity = c.affinity() == null ? Affinity.of(type) : c.affinity();
            out.add(new ColumnDef(c.name(), type, affinity, c.notNull(), c.defaultSql(), c.primaryKey(), c.autoIncrement()));
        }
        return List.copyOf(out);
    }

    private int newTableTree() throws EngineException {
        try {
            return BTrees.createTable(pages).rootPage();
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    private int newIndexTree() throws EngineException {
        try {
            return BTrees.createIndex(pages).rootPage();
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    private void bumpVersion() throws EngineException {
        try {
            txn.setMeta(MetaSlot.SCHEMA_VERSION, db.nextSchemaVersion());
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }
}
