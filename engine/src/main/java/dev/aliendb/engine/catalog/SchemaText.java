package dev.aliendb.engine.catalog;

import dev.aliendb.engine.ColumnDef;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the stored CREATE text in step with ALTER TABLE (as SQLite rewrites sqlite_schema.sql): renames the
 * table in CREATE TABLE / CREATE INDEX ... ON, and appends an added column's definition. Best effort on
 * the statement's head only; the serialized definition, not this text, is what the engine relies on.
 */
public final class SchemaText {
    private static final String IDENT = "(\"(?:[^\"]|\"\")*\"|\\[[^\\]]*\\]|`[^`]*`|[\\w$]+)";
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?is)^(\\s*CREATE\\s+(?:TEMP\\w*\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?)" + IDENT);
    private static final Pattern INDEX_ON = Pattern.compile("(?is)(\\bON\\s+)" + IDENT);
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    private SchemaText() {
    }

    public static String quote(String name) {
        return PLAIN.matcher(name).matches() ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    public static String renameTable(String createTable, String newName) {
        return replaceFirst(CREATE_TABLE, createTable, newName);
    }

    public static String renameIndexTarget(String createIndex, String newTable) {
        return replaceFirst(INDEX_ON, createIndex, newTable);
    }

    private static String replaceFirst(Pattern p, String sql, String name) {
        if (sql == null) {
            return null;
        }
        Matcher m = p.matcher(sql);
        return m.find() ? sql.substring(0, m.start(2)) + quote(name) + sql.substring(m.end(2)) : sql;
    }

    public static String addColumn(String createTable, ColumnDef c) {
        if (createTable == null) {
            return null;
        }
        int close = createTable.lastIndexOf(')');
        if (close < 0) {
            return createTable;
        }
        StringBuilder col = new StringBuilder(", ").append(quote(c.name()));
        if (!c.declaredType().isEmpty()) {
            col.append(' ').append(c.declaredType());
        }
        if (c.notNull()) {
            col.append(" NOT NULL");
        }
        if (c.defaultSql() != null) {
            col.append(" DEFAULT ").append(c.defaultSql());
        }
        return createTable.substring(0, close) + col + createTable.substring(close);
    }
}
