package dev.aliendb.engine;

import java.util.List;

/**
 * A secondary index. Its key is the order-preserving encoding of the indexed column values followed by the
 * row id, so equal values are still distinct keys and the row id is recovered from the key.
 *
 * @param name        index name (auto-generated like "sqlite_autoindex_t_1" for UNIQUE/PK constraints)
 * @param table       table name
 * @param columns     indexed column positions in the table, in key order
 * @param descending  per column: true when declared DESC
 * @param unique      UNIQUE index: two rows with equal non-NULL key values are rejected (23505)
 * @param sql         CREATE INDEX text, or null for automatic indexes
 * @param rootPage    root page of the index B-tree
 */
public record IndexDef(String name, String table, List<Integer> columns, List<Boolean> descending, boolean unique,
                       String sql, int rootPage) {
}
