package dev.aliendb.sql;

/**
 * Result column metadata.
 *
 * @param label     column label as SQLite gives it (alias, else the expression's source text, else the column name)
 * @param name      underlying column name, or the label for expressions
 * @param table     source table, or "" for expressions
 * @param sqlType   java.sql.Types value
 * @param typeName  declared or inferred type name ("INTEGER", "TEXT", ...)
 * @param nullable  java.sql.ResultSetMetaData.columnNullable* value
 */
public record ColumnInfo(String label, String name, String table, int sqlType, String typeName, int nullable) {
}
