package dev.aliendb.engine.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a transaction read on its snapshot, as row-id sets and row-id ranges per table (by root page). A
 * range covers the rows in it when read and every row later inserted into it, so phantoms count: a whole
 * table scan, or a read through an index (whose key ranges are not tracked), is the range of all row ids.
 * Past {@link #POINTS_PER_TABLE} point reads or {@link #RANGES_PER_TABLE} ranges a table's entry becomes
 * the whole table, so the set stays bounded and only ever over-approximates what was read.
 */
final class ReadSet {
    static final int POINTS_PER_TABLE = 10_000;
    static final int RANGES_PER_TABLE = 100;

    private static final class TableReads {
        final Set<Long> points = new HashSet<>();
        final List<long[]> ranges = new ArrayList<>();
        boolean whole;
    }

    private final Map<Integer, TableReads> tables = new HashMap<>();

    /** Records that rows with ids in [low, high] of {@code table} were read (a point read: low == high). */
    void add(int table, long low, long high) {
        TableReads reads = tables.computeIfAbsent(table, t -> new TableReads());
        if (reads.whole) {
            return;
        }
        if (low == Long.MIN_VALUE && high == Long.MAX_VALUE) {
            reads.whole = true;
        } else if (low == high) {
            reads.points.add(low);
            reads.whole = reads.points.size() > POINTS_PER_TABLE;
        } else {
            reads.ranges.add(new long[] {low, high});
            reads.whole = reads.ranges.size() > RANGES_PER_TABLE;
        }
        if (reads.whole) {
            reads.points.clear();
            reads.ranges.clear();
        }
    }

    /** Whether a row this set covers was written by {@code writes}. */
    boolean intersects(WriteSet writes) {
        for (Map.Entry<Integer, TableReads> e : tables.entrySet()) {
            int table = e.getKey();
            TableReads reads = e.getValue();
            if (reads.whole && writes.containsAny(table, Long.MIN_VALUE, Long.MAX_VALUE)) {
                return true;
            }
            for (long id : reads.points) {
                if (writes.contains(table, id)) {
                    return true;
                }
            }
            for (long[] range : reads.ranges) {
                if (writes.containsAny(table, range[0], range[1])) {
                    return true;
                }
            }
        }
        return false;
    }
}
