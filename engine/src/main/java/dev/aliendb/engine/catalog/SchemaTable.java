package dev.aliendb.engine.catalog;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.core.Errors;
import dev.aliendb.engine.record.MalformedRecordException;
import dev.aliendb.engine.record.RecordCodec;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.btree.BTrees;
import dev.aliendb.storage.btree.TableCursor;
import dev.aliendb.storage.btree.TableTree;
import dev.aliendb.storage.page.PageAccess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the schema table (the catalog's B-tree, rooted at {@code MetaSlot.SCHEMA_ROOT}): one
 * {@link SchemaEntry} per table, index, view and AUTOINCREMENT sequence. Loading validates every entry;
 * a damaged one is a malformed database (XX001), never a partial catalog.
 */
public final class SchemaTable {
    private final TableTree tree;

    private SchemaTable(TableTree tree) {
        this.tree = tree;
    }

    public static SchemaTable open(PageAccess pages, int root) throws EngineException {
        try {
            return new SchemaTable(BTrees.openTable(pages, root));
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    public static int create(PageAccess pages) throws EngineException {
        try {
            return BTrees.createTable(pages).rootPage();
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    public CatalogSnapshot load(long version) throws EngineException {
        List<SchemaEntry> entries = new ArrayList<>();
        try (TableCursor c = tree.cursor()) {
            for (boolean ok = c.first(); ok; ok = c.next()) {
                entries.add(decode(c.rowId(), c.payload()));
            }
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
        Map<String, TableDef> tables = new HashMap<>();
        for (SchemaEntry e : entries) {
            if (SchemaEntry.TABLE.equals(e.type())) {
                tables.put(CatalogSnapshot.fold(e.name()),
                        DefCodec.decodeTable(e.name(), e.sql(), e.rootPage(), DefCodec.blob(e.definition())));
            }
        }
        Map<String, IndexDef> indexes = new HashMap<>();
        for (SchemaEntry e : entries) {
            if (SchemaEntry.INDEX.equals(e.type())) {
                TableDef t = tables.get(CatalogSnapshot.fold(e.tableName()));
                if (t == null) {
                    throw new MalformedRecordException("index " + e.name() + " on missing table " + e.tableName());
                }
                indexes.put(CatalogSnapshot.fold(e.name()), DefCodec.decodeIndex(e.name(), t.name(), e.sql(), e.rootPage(),
                        DefCodec.blob(e.definition()), t.columns().size()));
            }
        }
        return new CatalogSnapshot(version, entries, tables, indexes);
    }

    private static SchemaEntry decode(long rowId, byte[] payload) throws EngineException {
        Object[] f = RecordCodec.decode(payload);
        if (f.length != 6) {
            throw new MalformedRecordException("schema row " + rowId + " has " + f.length + " fields");
        }
        String type = DefCodec.text(f[0]);
        if (!List.of(SchemaEntry.TABLE, SchemaEntry.INDEX, SchemaEntry.VIEW, SchemaEntry.SEQUENCE).contains(type)) {
            throw new MalformedRecordException("schema row " + rowId + " has unknown type " + type);
        }
        long root = DefCodec.integer(f[3]);
        if (root < 0 || root > Integer.MAX_VALUE) {
            throw new MalformedRecordException("schema row " + rowId + " has root page " + root);
        }
        return new SchemaEntry(rowId, type, DefCodec.text(f[1]), DefCodec.text(f[2]), (int) root,
                (String) DefCodec.optionalText(f[4]), f[5]);
    }

    public void putTable(Long rowId, TableDef t) throws EngineException {
        put(rowId, SchemaEntry.TABLE, t.name(), t.name(), t.rootPage(), t.sql(), DefCodec.encodeTable(t));
    }

    public void putIndex(Long rowId, IndexDef d) throws EngineException {
        put(rowId, SchemaEntry.INDEX, d.name(), d.table(), d.rootPage(), d.sql(), DefCodec.encodeIndex(d));
    }

    public void putView(String name, String sql) throws EngineException {
        put(null, SchemaEntry.VIEW, name, name, 0, sql, null);
    }

    /** Writes the sequence row of {@code table} (a new row when {@code rowId} is null). */
    public void putSequence(Long rowId, String table, long value) throws EngineException {
        put(rowId, SchemaEntry.SEQUENCE, table, table, 0, null, value);
    }

    /** The highest row id recorded in the sequence row {@code rowId}. */
    public long sequence(long rowId) throws EngineException {
        try {
            byte[] payload = tree.get(rowId);
            if (payload == null) {
                throw new MalformedRecordException("sequence row " + rowId + " is missing");
            }
            return DefCodec.integer(decode(rowId, payload).definition());
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    public void delete(long rowId) throws EngineException {
        try {
            tree.delete(rowId);
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    private void put(Long rowId, String type, String name, String table, int root, String sql, Object def)
            throws EngineException {
        try {
            long id = rowId != null ? rowId : Math.max(tree.maxRowId(), 0) + 1;
            tree.put(id, RecordCodec.encode(new Object[] {type, name, table, (long) root, sql, def}));
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }
}
