package dev.aliendb.sql.eval;

import dev.aliendb.engine.Affinity;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.sql.SqlKind;

/**
 * The SQLite affinity of an expression (datatype3.html 3.2): a column reference has its column's
 * affinity, {@code CAST(x AS t)} the affinity of type t, a scalar subquery that of its result column;
 * every other expression has none (null). Calcite's own (implicit) CASTs are transparent.
 */
final class AffinityOf {
    private AffinityOf() {
    }

    static Affinity of(RexNode node) {
        if (node instanceof RexInputRef || node instanceof RexFieldAccess) {
            return SqliteTypes.affinityOf(node.getType());
        }
        if (node instanceof RexSubQuery) {
            RexSubQuery sub = (RexSubQuery) node;
            return sub.getKind() == SqlKind.SCALAR_QUERY
                    ? SqliteTypes.affinityOf(sub.rel.getRowType().getFieldList().get(0).getType()) : null;
        }
        if (node instanceof RexCall) {
            RexCall call = (RexCall) node;
            if (call.getOperator() == SqliteOperators.CAST) {
                return SqliteTypes.affinityOf(call.getType());
            }
            if (call.getKind() == SqlKind.CAST) {
                return of(call.getOperands().get(0));
            }
        }
        return null;
    }
}
