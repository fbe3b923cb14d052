package dev.aliendb.engine.catalog;

import dev.aliendb.engine.Catalog;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.ViewDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The immutable schema at one schema version, built from the schema table's rows. Lookups fold names to
 * lower case. Also remembers where each object lives in the schema table (its row id) so DDL can rewrite or
 * delete it. Tables, indexes and views share one name space, as in SQLite.
 */
public final class CatalogSnapshot implements Catalog {
    private final long version;
    private final Map<String, TableDef> tables = new LinkedHashMap<>();
    private final Map<String, ViewDef> views = new LinkedHashMap<>();
    private final Map<String, IndexDef> indexes = new LinkedHashMap<>();
    private final Map<String, List<IndexDef>> indexesByTable = new HashMap<>();
    private final Map<String, Long> entryRowIds = new HashMap<>();
    private final Map<String, Long> sequenceRowIds = new HashMap<>();

    CatalogSnapshot(long version, List<SchemaEntry> entries, Map<String, TableDef> tableDefs, Map<String, IndexDef> indexDefs) {
        this.version = version;
        for (SchemaEntry e : entries) {
            String key = fold(e.name());
            switch (e.type()) {
                case SchemaEntry.TABLE -> tables.put(key, tableDefs.get(key));
                case SchemaEntry.VIEW -> views.put(key, new ViewDef(e.name(), e.sql()));
                case SchemaEntry.INDEX -> {
                    IndexDef d = indexDefs.get(key);
                    indexes.put(key, d);
                    indexesByTable.computeIfAbsent(fold(d.table()), t -> new ArrayList<>()).add(d);
                }
                default -> sequenceRowIds.put(key, e.rowId());
            }
            if (!SchemaEntry.SEQUENCE.equals(e.type())) {
                entryRowIds.put(key, e.rowId());
            }
        }
    }

    /** The catalog of a database without a schema table (a file created by the storage layer alone). */
    public static CatalogSnapshot empty(long version) {
        return new CatalogSnapshot(version, List.of(), Map.of(), Map.of());
    }

    /** Lookup key of a name; null (no name) matches nothing. */
    static String fold(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public TableDef table(String name) {
        return tables.get(fold(name));
    }

    @Override
    public ViewDef view(String name) {
        return views.get(fold(name));
    }

    @Override
    public IndexDef index(String name) {
        return indexes.get(fold(name));
    }

    @Override
    public Collection<TableDef> tables() {
        return Collections.unmodifiableCollection(tables.values());
    }

    @Override
    public Collection<ViewDef> views() {
        return Collections.unmodifiableCollection(views.values());
    }

    @Override
    public List<IndexDef> indexesOf(String table) {
        return Collections.unmodifiableList(indexesByTable.getOrDefault(fold(table), List.of()));
    }

    public Collection<IndexDef> indexes() {
        return Collections.unmodifiableCollection(indexes.values());
    }

    /** "table", "index", "view", or null when no object has this name. */
    public String kindOf(String name) {
        String key = fold(name);
        if (tables.containsKey(key)) {
            return SchemaEntry.TABLE;
        }
        if (indexes.containsKey(key)) {
            return SchemaEntry.INDEX;
        }
        return views.containsKey(key) ? SchemaEntry.VIEW : null;
    }

    /** Schema-table row id of the object called {@code name}, or null. */
    public Long entryRowId(String name) {
        return entryRowIds.get(fold(name));
    }

    /** Schema-table row id of the AUTOINCREMENT sequence of {@code table}, or null if it has none. */
    public Long sequenceRowId(String table) {
        return sequenceRowIds.get(fold(table));
    }
}
