package dev.aliendb.sql.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;

/**
 * The columns a SELECT's FROM clause makes visible, by the name that qualifies them (a table's alias or
 * name, a subquery's alias), as far as the parse tree and the catalog tell before validation: tables and
 * views are looked up through {@link Tables}; a subquery gives the names of its select items (an
 * alias, a column's name, or the columns a {@code *} stands for). When some FROM item's columns cannot be
 * known (a CTE name, a table function, VALUES, a subquery without alias), the scope is not
 * {@link #known()} and callers must decide by name alone. Names compare case-insensitively.
 */
final class FromColumns {
    /** Column names of a table or view by its (possibly qualified) name, or null when there is none. */
    @FunctionalInterface
    interface Tables {
        List<String> columnsOf(List<String> names);
    }

    /** One FROM item: the name that qualifies its columns, as written, and their names (upper case). */
    private record Item(String qualifier, List<String> columns) {
        boolean has(String column) {
            return columns != null && columns.contains(key(column));
        }
    }

    private final List<Item> items = new ArrayList<>();
    private boolean known = true;

    private FromColumns() {
    }

    static FromColumns of(SqlNode from, Tables tables) {
        FromColumns scope = new FromColumns();
        if (from != null) {
            scope.add(from, tables);
        }
        return scope;
    }

    static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** Whether every FROM item's columns are known. */
    boolean known() {
        return known;
    }

    /** Whether {@code qualifier} names an item of this FROM clause. */
    boolean qualifies(String qualifier) {
        return items.stream().anyMatch(i -> i.qualifier.equalsIgnoreCase(qualifier));
    }

    /** How many FROM items are known to have a column of this name. */
    int owners(String column) {
        return (int) items.stream().filter(i -> i.has(column)).count();
    }

    /** The qualifier (as written) of the only FROM item with this column, or null when none or several have it. */
    String ownerOf(String column) {
        return owners(column) == 1 ? items.stream().filter(i -> i.has(column)).findFirst().orElseThrow().qualifier
                : null;
    }

    /** All visible columns in FROM order (what {@code *} stands for), or null when not known. */
    private List<String> all() {
        if (!known) {
            return null;
        }
        List<String> all = new ArrayList<>();
        items.forEach(i -> all.addAll(i.columns));
        return all;
    }

    private void add(SqlNode from, Tables tables) {
        if (from instanceof SqlJoin join) {
            add(join.getLeft(), tables);
            add(join.getRight(), tables);
        } else if (from instanceof SqlIdentifier id) {
            item(id.names.get(id.names.size() - 1), tableColumns(id, tables));
        } else if (from instanceof SqlBasicCall call && call.getKind() == SqlKind.AS
                && call.operand(1) instanceof SqlIdentifier alias) {
            SqlNode source = call.operand(0);
            List<String> columns = source instanceof SqlIdentifier id ? tableColumns(id, tables)
                    : source instanceof SqlSelect select ? selectColumns(select, tables) : null;
            if (call.operandCount() > 2) {
                columns = renamed(call.operandCount() - 2, call);
            }
            item(alias.getSimple(), columns);
        } else {
            known = false;
        }
    }

    private void item(String qualifier, List<String> columns) {
        known &= columns != null;
        items.add(new Item(qualifier, columns));
    }

    private static List<String> tableColumns(SqlIdentifier id, Tables tables) {
        List<String> columns = tables.columnsOf(id.names);
        return columns == null ? null : columns.stream().map(FromColumns::key).toList();
    }

    /** {@code t AS a(c1, c2)}: the listed names. */
    private static List<String> renamed(int count, SqlCall as) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(key(((SqlIdentifier) as.operand(i + 2)).getSimple()));
        }
        return names;
    }

    /** The output column names of a subquery in FROM, or null when a {@code *} hides them. */
    private static List<String> selectColumns(SqlSelect select, Tables tables) {
        List<String> names = new ArrayList<>();
        for (SqlNode item : select.getSelectList()) {
            if (item.getKind() == SqlKind.AS) {
                names.add(key(((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple()));
            } else if (item instanceof SqlIdentifier id && id.isStar()) {
                List<String> star = id.names.size() == 1 ? of(select.getFrom(), tables).all() : null;
                if (star == null) {
                    return null;
                }
                names.addAll(star);
            } else if (item instanceof SqlIdentifier id) {
                names.add(key(id.names.get(id.names.size() - 1)));
            }
            // other expressions get names (EXPR$n) no identifier written in SQL can match
        }
        return names;
    }
}
