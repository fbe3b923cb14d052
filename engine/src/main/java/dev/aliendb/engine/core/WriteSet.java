package dev.aliendb.engine.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rows a transaction inserted, changed or deleted, as (table root page, row id). A table with more
 * than {@link #ROWS_PER_TABLE} written rows is kept as "every row of the table" instead, so a write set
 * holds at most that many ids per table; it only ever over-approximates (a conflict check against it may
 * report a conflict that a precise set would not, never the reverse). Rows of statements that were
 * later rolled back stay in the set (also an over-approximation). Not thread-safe; once handed to the
 * {@link CommitLog} a write set is never modified again.
 */
final class WriteSet {
    static final int ROWS_PER_TABLE = 10_000;
    private final Map<Integer, Set<Long>> rows = new HashMap<>();
    /** Tables with an unbounded number of written rows: their entry in {@link #rows} is ignored. */
    private final Set<Integer> wholeTables = new HashSet<>();

    void add(int table, long rowId) {
        if (wholeTables.contains(table)) {
            return;
        }
        Set<Long> ids = rows.computeIfAbsent(table, t -> new HashSet<>());
        ids.add(rowId);
        if (ids.size() > ROWS_PER_TABLE) {
            wholeTable(table);
        }
    }

    private void wholeTable(int table) {
        wholeTables.add(table);
        rows.remove(table);
    }

    void addAll(WriteSet other) {
        for (int table : other.wholeTables) {
            wholeTable(table);
        }
        for (Map.Entry<Integer, Set<Long>> e : other.rows.entrySet()) {
            for (long id : e.getValue()) {
                add(e.getKey(), id);
            }
        }
    }

    boolean contains(int table, long rowId) {
        if (wholeTables.contains(table)) {
            return true;
        }
        Set<Long> ids = rows.get(table);
        return ids != null && ids.contains(rowId);
    }

    /** Whether a written row of {@code table} has its id in [low, high]. */
    boolean containsAny(int table, long low, long high) {
        if (wholeTables.contains(table)) {
            return true;
        }
        Set<Long> ids = rows.get(table);
        if (ids == null) {
            return false;
        }
        if (low == high) {
            return ids.contains(low);
        }
        for (long id : ids) {
            if (id >= low && id <= high) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return rows.isEmpty() && wholeTables.isEmpty();
    }

    /** Memory weight for the commit log's bound: row ids held, whole tables counting as one. */
    int weight() {
        int n = wholeTables.size();
        for (Set<Long> ids : rows.values()) {
            n += ids.size();
        }
        return n;
    }
}
