package dev.aliendb.engine.catalog;

import dev.aliendb.engine.Affinity;
import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.record.MalformedRecordException;
import dev.aliendb.engine.record.RecordCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Serializes table and index definitions with the record encoding, nesting lists as records inside BLOB
 * fields, so the catalog never needs the SQL layer to re-parse CREATE text. Layouts:
 * <pre>
 * table:  [columns: blob of column records, rowIdColumn, uniqueKeys: blob of blobs of ints, checks: blob of texts]
 * column: [name, declaredType, affinity name, notNull, defaultSql, primaryKey, autoIncrement]
 * index:  [columns: blob of ints, descending: blob of booleans, unique]
 * </pre>
 * A definition that does not decode to these shapes is reported as a malformed database (XX001).
 */
final class DefCodec {
    private DefCodec() {
    }

    static byte[] encodeTable(TableDef t) throws EngineException {
        List<Object> columns = new ArrayList<>();
        for (ColumnDef c : t.columns()) {
            columns.add(RecordCodec.encode(new Object[] {c.name(), c.declaredType(), c.affinity().name(), c.notNull(),
                    c.defaultSql(), c.primaryKey(), c.autoIncrement()}));
        }
        List<Object> keys = new ArrayList<>();
        for (List<Integer> key : t.uniqueKeys()) {
            keys.add(ints(key));
        }
        return RecordCodec.encode(new Object[] {RecordCodec.encode(columns.toArray()), (long) t.rowIdColumn(),
                RecordCodec.encode(keys.toArray()), RecordCodec.encode(t.checks().toArray())});
    }

    static TableDef decodeTable(String name, String sql, int rootPage, byte[] def) throws EngineException {
        Object[] f = fields(def, 4, "table " + name);
        List<ColumnDef> columns = new ArrayList<>();
        for (Object c : fields(blob(f[0]), -1, "columns of " + name)) {
            Object[] cf = fields(blob(c), 7, "a column of " + name);
            columns.add(new ColumnDef(text(cf[0]), text(cf[1]), affinity(cf[2]), bool(cf[3]), (String) optionalText(cf[4]),
                    bool(cf[5]), bool(cf[6])));
        }
        List<List<Integer>> keys = new ArrayList<>();
        for (Object k : fields(blob(f[2]), -1, "keys of " + name)) {
            keys.add(intList(blob(k), columns.size()));
        }
        List<String> checks = new ArrayList<>();
        for (Object c : fields(blob(f[3]), -1, "checks of " + name)) {
            checks.add(text(c));
        }
        int rowIdColumn = (int) integer(f[1]);
        if (rowIdColumn < -1 || rowIdColumn >= columns.size()) {
            throw new MalformedRecordException("row id column " + rowIdColumn + " of table " + name);
        }
        return new TableDef(name, List.copyOf(columns), rowIdColumn, List.copyOf(keys), List.copyOf(checks), sql, rootPage);
    }

    static byte[] encodeIndex(IndexDef d) throws EngineException {
        return RecordCodec.encode(new Object[] {ints(d.columns()), RecordCodec.encode(d.descending().toArray()), d.unique()});
    }

    static IndexDef decodeIndex(String name, String table, String sql, int rootPage, byte[] def, int tableColumns)
            throws EngineException {
        Object[] f = fields(def, 3, "index " + name);
        List<Integer> columns = intList(blob(f[0]), tableColumns);
        List<Boolean> desc = new ArrayList<>();
        for (Object d : fields(blob(f[1]), columns.size(), "index " + name)) {
            desc.add(bool(d));
        }
        return new IndexDef(name, table, columns, List.copyOf(desc), bool(f[2]), sql, rootPage);
    }

    private static byte[] ints(List<Integer> values) throws EngineException {
        Object[] longs = new Object[values.size()];
        for (int i = 0; i < longs.length; i++) {
            longs[i] = (long) values.get(i);
        }
        return RecordCodec.encode(longs);
    }

    private static List<Integer> intList(byte[] record, int bound) throws MalformedRecordException {
        List<Integer> out = new ArrayList<>();
        for (Object v : fields(record, -1, "a column list")) {
            long i = integer(v);
            if (i < 0 || i >= bound) {
                throw new MalformedRecordException("column number " + i + " out of range in catalog");
            }
            out.add((int) i);
        }
        return List.copyOf(out);
    }

    private static Object[] fields(byte[] record, int expected, String what) throws MalformedRecordException {
        Object[] f = RecordCodec.decode(record);
        if (expected >= 0 && f.length != expected) {
            throw new MalformedRecordException("catalog entry for " + what + " has " + f.length + " fields");
        }
        return f;
    }

    static byte[] blob(Object v) throws MalformedRecordException {
        if (v instanceof byte[] b) {
            return b;
        }
        throw new MalformedRecordException("catalog field is not a blob");
    }

    static String text(Object v) throws MalformedRecordException {
        if (v instanceof String s) {
            return s;
        }
        throw new MalformedRecordException("catalog field is not text");
    }

    static Object optionalText(Object v) throws MalformedRecordException {
        return v == null ? null : text(v);
    }

    static long integer(Object v) throws MalformedRecordException {
        if (v instanceof Long l) {
            return l;
        }
        throw new MalformedRecordException("catalog field is not an integer");
    }

    private static boolean bool(Object v) throws MalformedRecordException {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new MalformedRecordException("catalog field is not a boolean");
    }

    private static Affinity affinity(Object v) throws MalformedRecordException {
        try {
            return Affinity.valueOf(text(v));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("unknown affinity in catalog: " + v);
        }
    }
}
