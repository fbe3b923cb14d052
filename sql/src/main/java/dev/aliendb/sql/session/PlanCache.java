package dev.aliendb.sql.session;

import dev.aliendb.sql.plan.PlannedStatement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LRU cache of immutable plans keyed by (SQL text, catalog version). Shared by all sessions of one
 * database; a lookup is one synchronized hash probe. Entries of older catalog versions are never hit again
 * and age out. The text is a statement's own text or its {@link LiteralShape}; an entry without a plan
 * records a shape seen once (planned on its second sighting) or one that did not plan (its statements go
 * straight to their own text).
 */
final class PlanCache {
    /**
     * (text, catalog version). A class, not a record: a record's equals/hashCode bootstrap through
     * {@code java.lang.invoke} on first use (about 70 classes), which every JVM's first statement would pay.
     */
    private static final class Key {
        private final String sql;
        private final long version;

        Key(String sql, long version) {
            this.sql = sql;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && k.sql.equals(sql);
        }

        @Override
        public int hashCode() {
            return sql.hashCode() * 31 + Long.hashCode(version);
        }
    }

    /** A cached plan, or (plan null) a shape seen once ({@code plannable}) or known not to plan. */
    record Entry(PlannedStatement plan, boolean plannable) {
    }

    private final int capacity;
    private final LinkedHashMap<Key, Entry> map;
    private long hits;
    private long misses;

    PlanCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > PlanCache.this.capacity;
            }
        };
    }

    /** The entry for a text at a catalog version, or null when there is none. */
    synchronized Entry get(String sql, long version) {
        Entry entry = map.get(new Key(sql, version));
        if (entry == null || entry.plan() == null) {
            misses++;
        } else {
            hits++;
        }
        return entry;
    }

    synchronized void put(String sql, PlannedStatement plan) {
        map.put(new Key(sql, plan.catalogVersion()), new Entry(plan, true));
    }

    /** Records a literal shape seen once, or one that does not plan, at this catalog version. */
    synchronized void putShape(String shape, long version, boolean plannable) {
        map.put(new Key(shape, version), new Entry(null, plannable));
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
