package dev.aliendb.sql.session;

import dev.aliendb.engine.Affinity;
import dev.aliendb.engine.Catalog;
import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.Database;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.Isolation;
import dev.aliendb.engine.RowCursor;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableAccess;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.ViewDef;
import dev.aliendb.sql.eval.SqlValues;
import dev.aliendb.storage.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal in-memory stand-in for the engine (tables in TreeMaps, no transactions, no affinity) so the
 * planner and executor can be tested without storage. Counts table scans so tests can see access paths.
 */
final class MemoryEngine implements Database {
    private final Map<String, TableDef> tables = new LinkedHashMap<>();
    private final Map<String, List<IndexDef>> indexes = new LinkedHashMap<>();
    private final Map<String, ViewDef> views = new LinkedHashMap<>();
    private final Map<String, TreeMap<Long, Object[]>> data = new LinkedHashMap<>();
    private long version = 1;
    private Snapshot snapshot = new Snapshot();
    int fullScans;
    /** Calls of {@link RowCursor#row()} (whole-row decodes; single columns are read through {@code column}). */
    int wholeRows;

    /** Builds a TableDef from "name TYPE [PRIMARY KEY]" column specs. */
    static TableDef table(String name, String... columns) {
        List<ColumnDef> cols = new ArrayList<>();
        int rowId = -1;
        for (String spec : columns) {
            String[] p = spec.split(" ", 2);
            String type = p.length > 1 ? p[1].replace("PRIMARY KEY", "").trim() : "";
            boolean pk = spec.contains("PRIMARY KEY");
            if (pk && type.equals("INTEGER")) {
                rowId = cols.size();
            }
            Affinity a = type.contains("INT") ? Affinity.INTEGER : type.contains("TEXT") ? Affinity.TEXT
                    : type.contains("REAL") ? Affinity.REAL : Affinity.NUMERIC;
            cols.add(new ColumnDef(p[0], type, a, false, null, pk, false));
        }
        return new TableDef(name, cols, rowId, List.of(), List.of(), "CREATE TABLE " + name, 0);
    }

    void create(TableDef def) {
        String key = def.name().toLowerCase(Locale.ROOT);
        tables.put(key, def);
        indexes.put(key, new ArrayList<>());
        data.put(key, new TreeMap<>());
        bump();
    }

    void index(String name, String table, boolean unique, int... columns) {
        List<Integer> cols = new ArrayList<>();
        List<Boolean> desc = new ArrayList<>();
        for (int c : columns) {
            cols.add(c);
            desc.add(false);
        }
        indexes.get(table.toLowerCase(Locale.ROOT)).add(new IndexDef(name, table, cols, desc, unique, null, 0));
        bump();
    }

    void view(String name, String sql) {
        views.put(name.toLowerCase(Locale.ROOT), new ViewDef(name, sql));
        bump();
    }

    private void bump() {
        version++;
        snapshot = new Snapshot();
    }

    @Override
    public Session openSession() {
        return new MemSession();
    }

    @Override
    public Store store() {
        return null;
    }

    @Override
    public List<String> integrityCheck() {
        return List.of();
    }

    @Override
    public long userVersion() {
        return 0;
    }

    @Override
    public void setUserVersion(long v) {
    }

    private final class Snapshot implements Catalog {
        private final long v = version;
        private final Map<String, TableDef> t = new LinkedHashMap<>(tables);
        private final Map<String, ViewDef> vw = new LinkedHashMap<>(views);
        private final Map<String, List<IndexDef>> ix = new LinkedHashMap<>();

        Snapshot() {
            indexes.forEach((k, l) -> ix.put(k, List.copyOf(l)));
        }

        @Override
        public long version() {
            return v;
        }

        @Override
        public TableDef table(String name) {
            return t.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public ViewDef view(String name) {
            return vw.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public IndexDef index(String name) {
            return ix.values().stream().flatMap(List::stream).filter(i -> i.name().equalsIgnoreCase(name)).findFirst()
                    .orElse(null);
        }

        @Override
        public Collection<TableDef> tables() {
            return t.values();
        }

        @Override
        public Collection<ViewDef> views() {
            return vw.values();
        }

        @Override
        public List<IndexDef> indexesOf(String table) {
            return ix.getOrDefault(table.toLowerCase(Locale.ROOT), List.of());
        }
    }

    private final class MemSession implements Session {
        private boolean auto = true;

        @Override
        public Catalog catalog() {
            return snapshot;
        }

        @Override
        public void beginStatement(boolean writes) {
        }

        @Override
        public void endStatement(boolean success) {
        }

        @Override
        public void begin() {
            auto = false;
        }

        @Override
        public void commit() {
            auto = true;
        }

        @Override
        public void rollback() {
            auto = true;
        }

        @Override
        public boolean inTransaction() {
            return !auto;
        }

        @Override
        public boolean autoCommit() {
            return auto;
        }

        @Override
        public void setAutoCommit(boolean autoCommit) {
            auto = autoCommit;
        }

        @Override
        public void savepoint(String name) {
        }

        @Override
        public void releaseSavepoint(String name) {
        }

        @Override
        public void rollbackToSavepoint(String name) {
        }

        @Override
        public void setIsolation(Isolation level) {
        }

        @Override
        public Isolation isolation() {
            return Isolation.SERIALIZABLE;
        }

        @Override
        public TableAccess table(String name) throws EngineException {
            TableDef def = snapshot.table(name);
            if (def == null) {
                throw new EngineException("42S02", "no such table: " + name);
            }
            return new MemTable(def, data.get(name.toLowerCase(Locale.ROOT)), snapshot.indexesOf(name));
        }

        @Override
        public void createTable(TableDef def) {
            create(def);
        }

        @Override
        public void dropTable(String name, boolean ifExists) {
            tables.remove(name.toLowerCase(Locale.ROOT));
            bump();
        }

        @Override
        public void createIndex(IndexDef def, boolean ifNotExists) {
            indexes.get(def.table().toLowerCase(Locale.ROOT)).add(def);
            bump();
        }

        @Override
        public void dropIndex(String name, boolean ifExists) {
        }

        @Override
        public void createView(ViewDef def, boolean ifNotExists) {
            view(def.name(), def.sql());
        }

        @Override
        public void dropView(String name, boolean ifExists) {
            views.remove(name.toLowerCase(Locale.ROOT));
            bump();
        }

        @Override
        public void addColumn(String table, ColumnDef column) {
        }

        @Override
        public void renameTable(String oldName, String newName) {
        }

        @Override
        public Database database() {
            return MemoryEngine.this;
        }

        @Override
        public void close() {
        }
    }

    private final class MemTable implements TableAccess {
        private final TableDef def;
        private final TreeMap<Long, Object[]> rows;
        private final List<IndexDef> idx;

        MemTable(TableDef def, TreeMap<Long, Object[]> rows, List<IndexDef> idx) {
            this.def = def;
            this.rows = rows;
            this.idx = idx;
        }

        @Override
        public TableDef def() {
            return def;
        }

        @Override
        public RowCursor scan() {
            fullScans++;
            return cursor(new ArrayList<>(rows.entrySet()));
        }

        @Override
        public RowCursor rowIdRange(Long low, boolean lowInc, Long high, boolean highInc) {
            Map<Long, Object[]> sub = rows;
            if (low != null) {
                sub = ((TreeMap<Long, Object[]>) sub).tailMap(low, lowInc);
            }
            if (high != null) {
                sub = ((java.util.NavigableMap<Long, Object[]>) sub).headMap(high, highInc);
            }
            return cursor(new ArrayList<>(sub.entrySet()));
        }

        @Override
        public Object[] get(long rowId) {
            Object[] r = rows.get(rowId);
            return r == null ? null : r.clone();
        }

        @Override
        public RowCursor indexRange(String indexName, Object[] low, boolean lowInc, Object[] high, boolean highInc) {
            IndexDef index = idx.stream().filter(i -> i.name().equalsIgnoreCase(indexName)).findFirst().orElseThrow();
            List<Map.Entry<Long, Object[]>> out = new ArrayList<>();
            for (Map.Entry<Long, Object[]> e : rows.entrySet()) {
                if ((low == null || cmp(index, e.getValue(), low) >= (lowInc ? 0 : 1))
                        && (high == null || cmp(index, e.getValue(), high) <= (highInc ? 0 : -1))) {
                    out.add(e);
                }
            }
            out.sort((a, b) -> {
                for (int c : index.columns()) {
                    int x = SqlValues.compare(a.getValue()[c], b.getValue()[c]);
                    if (x != 0) {
                        return x;
                    }
                }
                return Long.compare(a.getKey(), b.getKey());
            });
            return cursor(out);
        }

        /** Compares a row's index key with a bound prefix; exclusive bounds compare past the whole prefix. */
        private int cmp(IndexDef index, Object[] row, Object[] bound) {
            for (int i = 0; i < bound.length; i++) {
                int x = SqlValues.compare(row[index.columns().get(i)], bound[i]);
                if (x != 0) {
                    return x;
                }
            }
            return 0;
        }

        @Override
        public long insert(Object[] row, ConflictAction onConflict) throws EngineException {
            Object[] r = row.clone();
            long id;
            if (def.rowIdColumn() >= 0 && r[def.rowIdColumn()] != null) {
                id = ((Number) r[def.rowIdColumn()]).longValue();
                if (rows.containsKey(id)) {
                    if (onConflict == ConflictAction.IGNORE) {
                        return -1;
                    }
                    if (onConflict != ConflictAction.REPLACE) {
                        throw new EngineException("23505", "UNIQUE constraint failed: " + def.name());
                    }
                }
            } else {
                id = rows.isEmpty() ? 1 : rows.lastKey() + 1;
                if (def.rowIdColumn() >= 0) {
                    r[def.rowIdColumn()] = id;
                }
            }
            rows.put(id, r);
            return id;
        }

        @Override
        public void update(long rowId, Object[] newRow, ConflictAction onConflict) {
            rows.remove(rowId);
            long id = def.rowIdColumn() >= 0 ? ((Number) newRow[def.rowIdColumn()]).longValue() : rowId;
            rows.put(id, newRow.clone());
        }

        @Override
        public boolean delete(long rowId) {
            return rows.remove(rowId) != null;
        }

        private RowCursor cursor(List<Map.Entry<Long, Object[]>> entries) {
            Iterator<Map.Entry<Long, Object[]>> it = entries.iterator();
            return new RowCursor() {
                private Map.Entry<Long, Object[]> current;

                @Override
                public boolean next() {
                    current = it.hasNext() ? it.next() : null;
                    return current != null;
                }

                @Override
                public long rowId() {
                    return current.getKey();
                }

                @Override
                public Object[] row() {
                    wholeRows++;
                    return current.getValue();
                }

                @Override
                public Object column(int index) {
                    return current.getValue()[index];
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
