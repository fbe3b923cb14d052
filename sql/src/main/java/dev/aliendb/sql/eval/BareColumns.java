package dev.aliendb.sql.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * SQLite's "bare columns": in an aggregate query (GROUP BY, HAVING or an aggregate in the SELECT list) a
 * column referenced outside any aggregate function and not grouped takes its value from some row of the
 * group. Calcite rejects such a column, so before validation each one in the SELECT list, HAVING and
 * ORDER BY is wrapped in ANY_VALUE (the group's first row). A column counts as grouped only when a GROUP BY
 * item is that very column (written as the column, or through an ordinal or alias naming a SELECT item
 * that is the column); columns inside a grouped expression are wrapped too, which gives the same value.
 * Columns are matched by the FROM item they belong to ({@link FromColumns}); when the FROM clause's
 * columns are not all known, by name alone, leniently (Calcite then reports a column it cannot accept,
 * never wrong data). Names resolve as in SQLite: a GROUP BY or HAVING name is a FROM column before it is
 * a SELECT alias (a HAVING column that is also an alias is qualified so that Calcite does not take the
 * alias), an ORDER BY name is an alias first. Left alone: columns inside aggregates, window calls and
 * subqueries; {@code *}; columns qualified by a table that is not in this SELECT's FROM (correlated).
 */
final class BareColumns {
    /** Calls around an aggregate whose other operands (FILTER condition, WITHIN GROUP order) are per row. */
    private static final Set<SqlKind> AGGREGATE_WRAPPERS = java.util.EnumSet.of(SqlKind.OVER, SqlKind.FILTER,
            SqlKind.WITHIN_GROUP, SqlKind.WITHIN_DISTINCT);
    /** Owner of a column whose FROM item is not known. */
    private static final String UNKNOWN_OWNER = "?";

    /** Where a column reference is: names resolve differently in each. */
    private enum Clause { SELECT, HAVING, ORDER_BY }

    private final FromColumns from;
    /** Grouped columns as "OWNER.COLUMN" (owner upper case, or {@value #UNKNOWN_OWNER}). */
    private final Set<String> grouped = new HashSet<>();
    /** Names of the grouped columns. */
    private final Set<String> groupedNames = new HashSet<>();
    private final Set<String> aliases = new HashSet<>();

    private BareColumns(FromColumns from) {
        this.from = from;
    }

    /** Rewrites {@code select} in place when it is an aggregate query. */
    static void wrap(SqlSelect select, FromColumns.Tables tables) {
        if (!isAggregate(select)) {
            return;
        }
        BareColumns b = new BareColumns(FromColumns.of(select.getFrom(), tables));
        SqlNodeList items = select.getSelectList();
        for (SqlNode item : items) {
            if (item.getKind() == SqlKind.AS) {
                b.aliases.add(key(((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple()));
            }
        }
        if (select.getGroup() != null) {
            for (SqlNode g : select.getGroup()) {
                b.collectGrouped(g, items);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            SqlNode item = items.get(i);
            if (item.getKind() == SqlKind.AS) {
                SqlCall as = (SqlCall) item;
                as.setOperand(0, b.rewrite(as.operand(0), Clause.SELECT));
            } else {
                items.set(i, b.rewrite(item, Clause.SELECT));
            }
        }
        if (select.getHaving() != null) {
            select.setHaving(b.rewrite(select.getHaving(), Clause.HAVING));
        }
        SqlNodeList order = select.getOrderList();
        if (order != null) {
            for (int i = 0; i < order.size(); i++) {
                order.set(i, b.rewrite(order.get(i), Clause.ORDER_BY));
            }
        }
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private static boolean isAggregate(SqlSelect select) {
        if (select.getGroup() != null && !select.getGroup().isEmpty() || select.getHaving() != null) {
            return true;
        }
        for (SqlNode item : select.getSelectList()) {
            if (containsAggregate(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAggregate(SqlNode node) {
        if (node instanceof SqlNodeList list) {
            for (SqlNode n : list) {
                if (n != null && containsAggregate(n)) {
                    return true;
                }
            }
            return false;
        }
        if (!(node instanceof SqlCall call) || node instanceof SqlSelect || call.getKind() == SqlKind.OVER) {
            return false;
        }
        if (call.getOperator().isAggregator()) {
            return true;
        }
        for (SqlNode op : call.getOperandList()) {
            if (op != null && containsAggregate(op)) {
                return true;
            }
        }
        return false;
    }

    private void collectGrouped(SqlNode g, SqlNodeList items) {
        SqlNode source = g;
        if (g instanceof SqlLiteral lit && lit.getValue() instanceof java.math.BigDecimal n) {
            int ordinal = n.intValue();
            source = ordinal >= 1 && ordinal <= items.size() ? items.get(ordinal - 1) : g;
        } else if (g instanceof SqlIdentifier id && id.isSimple() && aliases.contains(key(id.getSimple()))
                && from.owners(id.getSimple()) == 0) {
            for (SqlNode item : items) {
                if (item.getKind() == SqlKind.AS
                        && ((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple().equalsIgnoreCase(id.getSimple())) {
                    source = item;
                }
            }
        }
        if (source.getKind() == SqlKind.AS) {
            source = ((SqlCall) source).operand(0);
        }
        if (source instanceof SqlIdentifier id && !id.isStar()) {
            String owner = owner(id);
            if (owner != null) {
                grouped.add(owner + "." + key(id.names.get(id.names.size() - 1)));
                groupedNames.add(key(id.names.get(id.names.size() - 1)));
            }
        }
    }

    /**
     * The FROM item a column belongs to (upper case), {@value #UNKNOWN_OWNER} when that is not known, or null
     * for a column of an outer query.
     */
    private String owner(SqlIdentifier id) {
        if (id.names.size() > 1) {
            String qualifier = id.names.get(id.names.size() - 2);
            return from.qualifies(qualifier) ? key(qualifier) : null;
        }
        String owner = from.ownerOf(id.getSimple());
        return owner == null ? UNKNOWN_OWNER : key(owner);
    }

    private boolean isGrouped(String owner, String name) {
        if (grouped.contains(owner + "." + name)) {
            return true;
        }
        return groupedNames.contains(name) && (owner.equals(UNKNOWN_OWNER) || grouped.contains(UNKNOWN_OWNER + "." + name));
    }

    private SqlNode rewrite(SqlNode node, Clause clause) {
        if (node instanceof SqlIdentifier id) {
            return column(id, clause);
        }
        if (node instanceof SqlNodeList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    list.set(i, rewrite(list.get(i), clause));
                }
            }
            return list;
        }
        if (!(node instanceof SqlCall call) || node instanceof SqlSelect || AGGREGATE_WRAPPERS.contains(call.getKind())
                || call.getOperator().isAggregator()) {
            return node;
        }
        for (int i = 0; i < call.operandCount(); i++) {
            SqlNode op = call.operand(i);
            if (op != null) {
                SqlNode r = rewrite(op, clause);
                if (r != op) {
                    call.setOperand(i, r);
                }
            }
        }
        return call;
    }

    private SqlNode column(SqlIdentifier id, Clause clause) {
        String name = key(id.names.get(id.names.size() - 1));
        boolean alias = id.isSimple() && aliases.contains(name);
        if (id.isStar() || alias && (clause == Clause.ORDER_BY || clause == Clause.HAVING && from.owners(name) == 0)) {
            return id;
        }
        String owner = owner(id);
        if (owner == null) {
            return id;
        }
        SqlIdentifier column = id;
        if (alias && clause == Clause.HAVING && !owner.equals(UNKNOWN_OWNER)) {
            column = new SqlIdentifier(List.of(from.ownerOf(id.getSimple()), id.getSimple()), id.getParserPosition());
        }
        return isGrouped(owner, name) ? column
                : SqlStdOperatorTable.ANY_VALUE.createCall(id.getParserPosition(), column);
    }
}
