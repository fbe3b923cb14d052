package dev.aliendb.engine.table;

import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.catalog.SchemaTable;
import dev.aliendb.engine.core.Errors;
import dev.aliendb.engine.record.KeyCodec;
import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.btree.IndexTree;
import dev.aliendb.storage.btree.TableTree;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Inserts, updates and deletes rows of one table, keeping every index in step. Every constraint (NOT NULL,
 * row id / PRIMARY KEY, UNIQUE) is checked before anything is written, so a row that fails changes nothing;
 * REPLACE first deletes the rows it conflicts with (and puts a NOT NULL column's constant default in place
 * of a NULL). NULLs never conflict in a UNIQUE index (SQLite). AUTOINCREMENT tables record the highest row
 * id ever used in their sequence row, so ids are never reused.
 */
final class TableWriter {
    private static final int RANDOM_ROWID_TRIES = 100;
    private final TxnContext ctx;
    private final Trees trees;
    private final TableLayout layout;
    private final List<IndexDef> indexes;
    private final Long sequenceRowId;

    TableWriter(TxnContext ctx, Trees trees, TableLayout layout, List<IndexDef> indexes, Long sequenceRowId) {
        this.ctx = ctx;
        this.trees = trees;
        this.layout = layout;
        this.indexes = indexes;
        this.sequenceRowId = sequenceRowId;
    }

    long insert(Object[] row, ConflictAction action) throws EngineException {
        Object[] values = layout.prepare(row);
        WriteTxn txn = ctx.writeTxn();
        try {
            TableTree table = trees.table();
            int alias = layout.def().rowIdColumn();
            Long rowId = alias >= 0 ? (Long) values[alias] : null;
            Set<Long> replaced = new LinkedHashSet<>();
            if (!notNullHolds(values, action)
                    || rowId != null && table.contains(rowId) && !resolve(action, layout.column(alias), rowId, replaced)
                    || !uniqueHolds(values, rowId, action, replaced)) {
                return -1;
            }
            long id = rowId != null ? rowId : newRowId(txn, table); // before REPLACE deletes anything, as SQLite
            ctx.writing(table(), id);
            for (long r : replaced) {
                delete(r);
            }
            if (alias >= 0) {
                values[alias] = id;
            }
            table.put(id, layout.encode(values));
            for (IndexDef index : indexes) {
                trees.index(index).insert(layout.key(index, values, id));
            }
            noteRowId(txn, id);
            ctx.changed();
            return id;
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    void update(long rowId, Object[] newRow, ConflictAction action) throws EngineException {
        Object[] values = layout.prepare(newRow);
        WriteTxn txn = ctx.writeTxn();
        try {
            TableTree table = trees.table();
            byte[] oldPayload = table.get(rowId);
            if (oldPayload == null) {
                return;
            }
            ctx.writing(table(), rowId);
            Object[] old = layout.decode(rowId, oldPayload);
            int alias = layout.def().rowIdColumn();
            if (alias >= 0 && values[alias] == null) {
                throw new EngineException("22018", "datatype mismatch: " + layout.column(alias) + " cannot be set to NULL");
            }
            long newId = alias >= 0 ? (Long) values[alias] : rowId;
            Set<Long> replaced = new LinkedHashSet<>();
            if (!notNullHolds(values, action)
                    || newId != rowId && table.contains(newId) && !resolve(action, layout.column(alias), newId, replaced)
                    || !uniqueHolds(values, rowId, action, replaced)) {
                return;
            }
            if (newId != rowId) {
                ctx.writing(table(), newId);
            }
            for (long r : replaced) {
                delete(r);
            }
            for (IndexDef index : indexes) {
                byte[] before = layout.key(index, old, rowId);
                byte[] after = layout.key(index, values, newId);
                if (!Arrays.equals(before, after)) {
                    IndexTree tree = trees.index(index);
                    tree.delete(before);
                    tree.insert(after);
                }
            }
            if (newId != rowId) {
                table.delete(rowId);
            }
            table.put(newId, layout.encode(values));
            noteRowId(txn, newId);
            ctx.changed();
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    boolean delete(long rowId) throws EngineException {
        ctx.writeTxn();
        try {
            TableTree table = trees.table();
            byte[] payload = table.get(rowId);
            if (payload == null) {
                return false;
            }
            ctx.writing(table(), rowId);
            Object[] row = layout.decode(rowId, payload);
            for (IndexDef index : indexes) {
                trees.index(index).delete(layout.key(index, row, rowId));
            }
            table.delete(rowId);
            ctx.changed();
            return true;
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    /** The table's identity in the session's read and write sets. */
    private int table() {
        return layout.def().rootPage();
    }

    private boolean notNullHolds(Object[] values, ConflictAction action) throws EngineException {
        List<ColumnDef> columns = layout.def().columns();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null && columns.get(i).notNull() && i != layout.def().rowIdColumn()) {
                if (action == ConflictAction.IGNORE) {
                    return false;
                }
                if (action == ConflictAction.REPLACE && layout.defaultOf(i) != null) {
                    values[i] = layout.defaultOf(i); // SQLite: REPLACE substitutes the column default
                    continue;
                }
                throw violation(action == ConflictAction.REPLACE ? ConflictAction.ABORT : action, "23502",
                        "NOT NULL constraint failed: " + layout.column(i));
            }
        }
        return true;
    }

    /** Checks every UNIQUE index against rows other than {@code self}; false when IGNORE skips the row. */
    private boolean uniqueHolds(Object[] values, Long self, ConflictAction action, Set<Long> replaced)
            throws EngineException, StorageException {
        for (IndexDef index : indexes) {
            if (!index.unique()) {
                continue;
            }
            Object[] key = layout.indexValues(index, values);
            if (Arrays.asList(key).contains(null)) {
                continue;
            }
            Long other = IndexProbe.conflicting(trees.index(index), KeyCodec.prefix(key, key.length, index.descending()), self);
            if (other != null && !replaced.contains(other) && !resolve(action, layout.describe(index), other, replaced)) {
                return false;
            }
        }
        return true;
    }

    /** Applies the conflict action to a conflict with row {@code other}: false = skip the row, true = go on. */
    private boolean resolve(ConflictAction action, String columns, long other, Set<Long> replaced) throws EngineException {
        switch (action) {
            case IGNORE:
                return false;
            case REPLACE:
                replaced.add(other);
                return true;
            default:
                throw violation(action, "23505", "UNIQUE constraint failed: " + columns);
        }
    }

    private EngineException violation(ConflictAction action, String state, String message) {
        ctx.conflictRaised(action);
        return new EngineException(state, message);
    }

    private long newRowId(WriteTxn txn, TableTree table) throws EngineException, StorageException {
        long max = table.maxRowId();
        long base = max == Long.MIN_VALUE ? 0 : max;
        if (sequenceRowId != null) {
            base = Math.max(base, schema(txn).sequence(sequenceRowId));
        }
        if (base < Long.MAX_VALUE) {
            return base + 1;
        }
        if (sequenceRowId == null) {
            for (int i = 0; i < RANDOM_ROWID_TRIES; i++) {
                long candidate = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
                if (!table.contains(candidate)) {
                    return candidate;
                }
            }
        }
        throw new EngineException("53100", "database or disk is full: no row id left in table " + layout.def().name());
    }

    private void noteRowId(WriteTxn txn, long id) throws EngineException {
        if (sequenceRowId != null) {
            SchemaTable schema = schema(txn);
            if (id > schema.sequence(sequenceRowId)) {
                schema.putSequence(sequenceRowId, layout.def().name(), id);
            }
        }
    }

    private static SchemaTable schema(WriteTxn txn) throws EngineException {
        try {
            return SchemaTable.open(txn.pages(), (int) txn.meta(MetaSlot.SCHEMA_ROOT));
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }
}
