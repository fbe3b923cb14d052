package dev.aliendb.sql.plan;

import dev.aliendb.sql.eval.Expr;
import dev.aliendb.sql.eval.RexCompiler;
import dev.aliendb.sql.eval.SubqueryCompiler;
import dev.aliendb.sql.exec.SubqueryRowSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/**
 * Compiles row expressions with sql-eval's {@link RexCompiler}, supplying the subquery compiler: a
 * subquery's RelNode is rewritten by the logical program and built into an operator tree by the same
 * {@link PhysicalBuilder}, wrapped as a cached (uncorrelated) or re-run (correlated) row source.
 */
final class ExprCompiler {
    private final PhysicalBuilder builder;
    private final SubqueryCompiler subqueries;

    ExprCompiler(PhysicalBuilder builder) {
        this.builder = builder;
        this.subqueries = this::subquery;
    }

    Expr compile(RexNode node, RelDataType inputRowType) throws SQLException {
        return RexCompiler.compile(node, inputRowType, subqueries);
    }

    List<Expr> compile(List<? extends RexNode> nodes, RelDataType inputRowType) throws SQLException {
        List<Expr> out = new ArrayList<>(nodes.size());
        for (RexNode n : nodes) {
            out.add(compile(n, inputRowType));
        }
        return out;
    }

    private SubqueryRowSource subquery(RelNode rel) throws SQLException {
        boolean correlated = !RelOptUtil.getVariablesUsed(rel).isEmpty();
        return new SubqueryRowSource(builder.build(LogicalRewrite.optimize(rel)), correlated);
    }
}
