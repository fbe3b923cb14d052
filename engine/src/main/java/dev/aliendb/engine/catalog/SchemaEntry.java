package dev.aliendb.engine.catalog;

/**
 * One row of the schema table: {@code [type, name, tbl_name, rootpage, sql, definition]} under a row id.
 * type is "table", "index", "view" or "sequence"; definition is the {@link DefCodec} blob for tables and
 * indexes, null for views, and the highest row id ever used (a Long) for the "sequence" row of an
 * AUTOINCREMENT table (SQLite's sqlite_sequence).
 */
record SchemaEntry(long rowId, String type, String name, String tableName, int rootPage, String sql, Object definition) {
    static final String TABLE = "table";
    static final String INDEX = "index";
    static final String VIEW = "view";
    static final String SEQUENCE = "sequence";
}
