package dev.aliendb.sql.eval;

import dev.aliendb.engine.Affinity;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.sql.fun.SqlQuantifyOperator;

/**
 * Subquery expressions with SQLite semantics: scalar (first column of the first row, NULL when no row),
 * EXISTS, {@code x IN (SELECT ...)} (true on a match under the comparison affinity of x and the
 * subquery column; else unknown when x is NULL or the subquery produced a NULL; an empty subquery gives
 * false even for a NULL x), and quantified comparisons {@code x op SOME/ALL (SELECT ...)}. An
 * uncorrelated subquery runs once per execution (its rows are memoised in the EvalContext).
 */
final class Subqueries {
    private Subqueries() {
    }

    static Expr compile(RexSubQuery sub, RexCompiler compiler, SubqueryCompiler subqueries) throws SQLException {
        if (subqueries == null) {
            throw new SQLException("subquery not supported here: " + sub, "0A000");
        }
        RowSource source = subqueries.compile(sub.rel);
        RowSource rows = RelOptUtil.getVariablesUsed(sub.rel).isEmpty() ? memoised(source) : source;
        switch (sub.getKind()) {
            case SCALAR_QUERY:
                return (row, ctx) -> {
                    List<Object[]> r = rows.rows(ctx);
                    return r.isEmpty() ? null : r.get(0)[0];
                };
            case EXISTS:
                return (row, ctx) -> Predicates.bool(!rows.rows(ctx).isEmpty());
            case IN:
                return in(sub, compiler, rows);
            case SOME:
            case ALL:
                return quantified(sub, compiler, rows);
            default:
                throw RexCompiler.unsupported(sub);
        }
    }

    private static RowSource memoised(RowSource source) {
        Object key = new Object();
        return ctx -> {
            @SuppressWarnings("unchecked")
            List<Object[]> cached = (List<Object[]>) ctx.memo(key);
            if (cached == null) {
                cached = source.rows(ctx);
                ctx.memoize(key, cached);
            }
            return cached;
        };
    }

    private static Comparison[] comparisons(RexSubQuery sub) {
        List<RexNode> left = sub.getOperands();
        List<RelDataTypeField> right = sub.rel.getRowType().getFieldList();
        Comparison[] cmp = new Comparison[left.size()];
        for (int i = 0; i < cmp.length; i++) {
            Affinity rightAffinity = SqliteTypes.affinityOf(right.get(i).getType());
            cmp[i] = Comparison.of(AffinityOf.of(left.get(i)), rightAffinity);
        }
        return cmp;
    }

    private static Expr in(RexSubQuery sub, RexCompiler compiler, RowSource rows) throws SQLException {
        Expr[] left = compiler.operands(sub);
        Comparison[] cmp = comparisons(sub);
        return (row, ctx) -> {
            List<Object[]> r = rows.rows(ctx);
            if (r.isEmpty()) {
                return Predicates.FALSE;
            }
            Object[] x = new Object[left.length];
            boolean unknown = false;
            for (int i = 0; i < x.length; i++) {
                x[i] = left[i].eval(row, ctx);
                unknown |= x[i] == null;
            }
            for (Object[] candidate : r) {
                boolean all = true;
                boolean nullSeen = false;
                for (int i = 0; i < x.length && all; i++) {
                    if (x[i] == null || candidate[i] == null) {
                        nullSeen = true;
                    } else if (cmp[i].compare(x[i], candidate[i]) != 0) {
                        all = false;
                    }
                }
                if (all && !nullSeen) {
                    return Predicates.TRUE;
                }
                unknown |= all;
            }
            return unknown ? null : Predicates.FALSE;
        };
    }

    private static Expr quantified(RexSubQuery sub, RexCompiler compiler, RowSource rows) throws SQLException {
        Expr x = compiler.operands(sub)[0];
        Comparison cmp = comparisons(sub)[0];
        IntPredicate test = Predicates.test(((SqlQuantifyOperator) sub.getOperator()).comparisonKind);
        boolean all = sub.getKind() == org.apache.calcite.sql.SqlKind.ALL;
        return (row, ctx) -> {
            List<Object[]> r = rows.rows(ctx);
            if (r.isEmpty()) {
                return Predicates.bool(all);
            }
            Object v = x.eval(row, ctx);
            boolean unknown = false;
            for (Object[] candidate : r) {
                Object w = candidate[0];
                if (v == null || w == null) {
                    unknown = true;
                } else if (test.test(cmp.compare(v, w)) != all) {
                    return Predicates.bool(!all);
                }
            }
            return unknown ? null : Predicates.bool(all);
        };
    }
}
