package dev.aliendb.engine;

import java.util.List;

/**
 * A table as the catalog stores it. Immutable.
 *
 * @param name         table name as written
 * @param columns      in declaration order
 * @param rowIdColumn  index of the INTEGER PRIMARY KEY column that aliases the row id, or -1
 * @param uniqueKeys   column-index lists of PRIMARY KEY (when not the row id) and UNIQUE constraints; the
 *                     engine enforces each with an automatically created unique index
 * @param checks       SQL text of CHECK constraints (the SQL layer evaluates them before insert/update)
 * @param sql          the CREATE statement text, for .schema and sqlite_schema-like listings
 * @param rootPage     root page of the table's B-tree (assigned by the engine)
 */
public record TableDef(String name, List<ColumnDef> columns, int rowIdColumn, List<List<Integer>> uniqueKeys,
                       List<String> checks, String sql, int rootPage) {

    /** Index of the column called {@code column} (case-insensitive), or -1. */
    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }
}
