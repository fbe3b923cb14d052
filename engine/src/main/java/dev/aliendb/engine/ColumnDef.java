package dev.aliendb.engine;

/**
 * One column of a table.
 *
 * @param name         as written in CREATE TABLE (case preserved; lookups are case-insensitive)
 * @param declaredType as written, e.g. "VARCHAR(120)", or "" when typeless
 * @param affinity     derived from declaredType by SQLite's rules
 * @param notNull      NOT NULL constraint
 * @param defaultSql   SQL text of the DEFAULT expression, or null (the SQL layer evaluates it)
 * @param primaryKey   part of the PRIMARY KEY
 * @param autoIncrement declared AUTOINCREMENT (only on an INTEGER PRIMARY KEY)
 */
public record ColumnDef(String name, String declaredType, Affinity affinity, boolean notNull, String defaultSql,
                        boolean primaryKey, boolean autoIncrement) {
}
