package dev.aliendb.engine.table;

import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.catalog.DefaultLiteral;
import dev.aliendb.engine.record.KeyCodec;
import dev.aliendb.engine.record.RecordCodec;
import dev.aliendb.engine.record.RecordView;
import dev.aliendb.engine.record.SqlValues;

/**
 * How a table's rows map to records and index keys. The row-id alias column is stored as NULL (the row id
 * is the tree key) and filled in on read; columns beyond a record's length (added by ALTER TABLE ADD
 * COLUMN after the row was written) read as the column's constant default.
 */
public final class TableLayout {
    private final TableDef def;
    private Object[] defaults;

    public TableLayout(TableDef def) {
        this.def = def;
    }

    public TableDef def() {
        return def;
    }

    public int width() {
        return def.columns().size();
    }

    public Object[] decode(long rowId, byte[] payload) throws EngineException {
        return decode(rowId, RecordView.of(payload));
    }

    Object[] decode(long rowId, RecordView view) throws EngineException {
        Object[] row = new Object[width()];
        for (int i = 0; i < row.length; i++) {
            row[i] = column(rowId, view, i);
        }
        return row;
    }

    /** Column {@code i} of the row stored as {@code view} under {@code rowId}. */
    Object column(long rowId, RecordView view, int i) throws EngineException {
        if (i < 0 || i >= width()) {
            throw new EngineException("07009", "column index " + i + " out of range for table " + def.name());
        }
        if (i == def.rowIdColumn()) {
            return rowId;
        }
        return i < view.columnCount() ? view.get(i) : defaultOf(i);
    }

    public byte[] encode(Object[] row) throws EngineException {
        Object[] stored = row;
        if (def.rowIdColumn() >= 0) {
            stored = row.clone();
            stored[def.rowIdColumn()] = null;
        }
        return RecordCodec.encode(stored);
    }

    /**
     * Validates arity, normalizes every value and applies column affinity. The row-id alias stays null
     * (assign one) or must become an integer.
     */
    public Object[] prepare(Object[] row) throws EngineException {
        if (row == null || row.length != width()) {
            throw new EngineException("21S01", "table " + def.name() + " has " + width() + " columns but "
                    + (row == null ? 0 : row.length) + " values were supplied");
        }
        Object[] out = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            ColumnDef c = def.columns().get(i);
            out[i] = c.affinity().apply(SqlValues.normalize(row[i]));
        }
        int alias = def.rowIdColumn();
        if (alias >= 0 && out[alias] != null && !(out[alias] instanceof Long)) {
            throw new EngineException("22018", "datatype mismatch: " + def.name() + "." + def.columns().get(alias).name()
                    + " must be an integer");
        }
        return out;
    }

    public byte[] key(IndexDef index, Object[] row, long rowId) throws EngineException {
        return KeyCodec.key(indexValues(index, row), index.descending(), rowId);
    }

    public Object[] indexValues(IndexDef index, Object[] row) {
        Object[] values = new Object[index.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row[index.columns().get(i)];
        }
        return values;
    }

    /** "t.a, t.b": the columns of an index as SQLite names them in constraint errors. */
    public String describe(IndexDef index) {
        StringBuilder sb = new StringBuilder();
        for (int c : index.columns()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(column(c));
        }
        return sb.toString();
    }

    public String column(int i) {
        return def.name() + "." + def.columns().get(i).name();
    }

    /** The column's constant default (affinity applied), or null when it has none or a non-constant one. */
    Object defaultOf(int column) throws EngineException {
        if (defaults == null) {
            Object[] d = new Object[width()];
            for (int i = 0; i < d.length; i++) {
                ColumnDef c = def.columns().get(i);
                d[i] = c.defaultSql() == null ? null : c.affinity().apply(literalOrNull(c.defaultSql()));
            }
            defaults = d;
        }
        return defaults[column];
    }

    private static Object literalOrNull(String sql) {
        try {
            return DefaultLiteral.parse(sql);
        } catch (EngineException nonConstant) {
            return null; // only the SQL layer can evaluate it; added columns never have one (refused on ADD COLUMN)
        }
    }
}
