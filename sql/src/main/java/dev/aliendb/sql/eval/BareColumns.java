package dev.aliendb.sql.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * SQLite's "bare columns": in an aggregate query (GROUP BY, HAVING or an aggregate in the SELECT list) a
 * column referenced outside any aggregate function and not grouped takes its value from some row of the
 * group. Calcite rejects such a column, so before validation each one in the SELECT list, HAVING and
 * ORDER BY is wrapped in ANY_VALUE (the group's first row). Left alone: columns inside aggregates,
 * window calls and subqueries; columns whose name appears in a GROUP BY expression (directly, or through
 * a GROUP BY ordinal or alias naming a SELECT item); SELECT aliases used in HAVING/ORDER BY; {@code *};
 * columns qualified by a table that is not in this SELECT's FROM (correlated references).
 * Being lenient on names only means Calcite still reports a column it cannot accept, never wrong data.
 */
final class BareColumns {
    /** Calls around an aggregate whose other operands (FILTER condition, WITHIN GROUP order) are per row. */
    private static final Set<SqlKind> AGGREGATE_WRAPPERS = java.util.EnumSet.of(SqlKind.OVER, SqlKind.FILTER,
            SqlKind.WITHIN_GROUP, SqlKind.WITHIN_DISTINCT);
    private final Set<String> grouped = new HashSet<>();
    private final Set<String> aliases = new HashSet<>();
    private final Set<String> tables = new HashSet<>();

    private BareColumns() {
    }

    /** Rewrites {@code select} in place when it is an aggregate query. */
    static void wrap(SqlSelect select) {
        if (!isAggregate(select)) {
            return;
        }
        BareColumns b = new BareColumns();
        b.collectTables(select.getFrom());
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
                as.setOperand(0, b.rewrite(as.operand(0), false));
            } else {
                items.set(i, b.rewrite(item, false));
            }
        }
        if (select.getHaving() != null) {
            select.setHaving(b.rewrite(select.getHaving(), true));
        }
        SqlNodeList order = select.getOrderList();
        if (order != null) {
            for (int i = 0; i < order.size(); i++) {
                order.set(i, b.rewrite(order.get(i), true));
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

    /** Names by which this SELECT's own tables can qualify a column (qualified others are outer). */
    private void collectTables(SqlNode from) {
        if (from instanceof SqlIdentifier id) {
            tables.add(key(id.names.get(id.names.size() - 1)));
        } else if (from instanceof SqlJoin join) {
            collectTables(join.getLeft());
            collectTables(join.getRight());
        } else if (from instanceof SqlCall call && call.getKind() == SqlKind.AS) {
            SqlNode alias = call.operand(1);
            if (alias instanceof SqlIdentifier id) {
                tables.add(key(id.getSimple()));
            }
        }
    }

    private void collectGrouped(SqlNode g, SqlNodeList items) {
        SqlNode source = g;
        if (g instanceof SqlLiteral lit && lit.getValue() instanceof java.math.BigDecimal n) {
            int ordinal = n.intValue();
            source = ordinal >= 1 && ordinal <= items.size() ? items.get(ordinal - 1) : g;
        } else if (g instanceof SqlIdentifier id && id.isSimple() && aliases.contains(key(id.getSimple()))) {
            for (SqlNode item : items) {
                if (item.getKind() == SqlKind.AS
                        && ((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple().equalsIgnoreCase(id.getSimple())) {
                    source = ((SqlCall) item).operand(0);
                }
            }
        }
        source.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                grouped.add(key(id.names.get(id.names.size() - 1)));
                return null;
            }
        });
    }

    private SqlNode rewrite(SqlNode node, boolean aliasesVisible) {
        if (node instanceof SqlIdentifier id) {
            String last = id.names.get(id.names.size() - 1);
            boolean outer = id.names.size() > 1 && !tables.contains(key(id.names.get(id.names.size() - 2)));
            if (id.isStar() || outer || grouped.contains(key(last))
                    || aliasesVisible && id.isSimple() && aliases.contains(key(last))) {
                return id;
            }
            return SqlStdOperatorTable.ANY_VALUE.createCall(id.getParserPosition(), id);
        }
        if (node instanceof SqlNodeList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    list.set(i, rewrite(list.get(i), aliasesVisible));
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
                SqlNode r = rewrite(op, aliasesVisible);
                if (r != op) {
                    call.setOperand(i, r);
                }
            }
        }
        return call;
    }
}
