package dev.aliendb.engine;

import java.util.Collection;
import java.util.List;

/**
 * An immutable snapshot of the schema at one schema version. Name lookups are case-insensitive and return
 * null when absent.
 */
public interface Catalog {
    /** Bumped by every committed DDL; part of the SQL layer's plan-cache key. */
    long version();

    TableDef table(String name);

    ViewDef view(String name);

    IndexDef index(String name);

    Collection<TableDef> tables();

    Collection<ViewDef> views();

    /** Indexes of a table, automatic ones included. */
    List<IndexDef> indexesOf(String table);
}
