package dev.aliendb.sql.session;

import dev.aliendb.engine.Catalog;
import dev.aliendb.engine.Database;
import dev.aliendb.sql.plan.Planner;
import dev.aliendb.sql.schema.SchemaSnapshot;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * SQL-layer state shared by every session of one {@link Database}: the plan cache and the Calcite schema
 * of the latest catalog version (rebuilt when a session sees a newer version).
 */
final class SharedState {
    private static final Map<Database, SharedState> ALL = new WeakHashMap<>();

    final PlanCache plans = new PlanCache(1024);
    private SchemaSnapshot snapshot;

    static synchronized SharedState of(Database database) {
        return ALL.computeIfAbsent(database, d -> new SharedState());
    }

    synchronized SchemaSnapshot snapshot(Catalog catalog, Planner planner) {
        if (snapshot == null || snapshot.version() != catalog.version() || snapshot.catalog() != catalog) {
            snapshot = new SchemaSnapshot(catalog, r -> planner.viewRowType(r.snapshot(), r.view()));
        }
        return snapshot;
    }
}
