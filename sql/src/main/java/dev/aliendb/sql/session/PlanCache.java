package dev.aliendb.sql.session;

import dev.aliendb.sql.plan.PlannedStatement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LRU cache of immutable plans keyed by (SQL text, catalog version). Shared by all sessions of one
 * database; a lookup is one synchronized hash probe. Entries of older catalog versions are never hit again
 * and age out.
 */
final class PlanCache {
    private record Key(String sql, long version) {
    }

    private final int capacity;
    private final LinkedHashMap<Key, PlannedStatement> map;
    private long hits;
    private long misses;

    PlanCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, PlannedStatement> eldest) {
                return size() > PlanCache.this.capacity;
            }
        };
    }

    synchronized PlannedStatement get(String sql, long version) {
        PlannedStatement plan = map.get(new Key(sql, version));
        if (plan == null) {
            misses++;
        } else {
            hits++;
        }
        return plan;
    }

    synchronized void put(String sql, PlannedStatement plan) {
        map.put(new Key(sql, plan.catalogVersion()), plan);
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
