package dev.aliendb.sql.plan;

import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelShuttleImpl;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.SetOp;
import org.apache.calcite.rel.rules.ProjectRemoveRule;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.rel.rules.CoreRules;

/**
 * The fixed logical rewrite program (Hep, no cost model): push filters into joins and join conditions to
 * their inputs, through projects and set operations, merge filters and projects, drop trivial projects.
 * Nothing folds constants (SQLite semantics belong to the evaluator). Trees in which no rule could match
 * skip the Hep planner altogether. Trees with subqueries or correlation variables are left unchanged: the rules would move expressions away from the nodes whose
 * correlation variables they read.
 */
final class LogicalRewrite {
    private static final HepProgram PROGRAM = new HepProgramBuilder()
            .addMatchOrder(HepMatchOrder.BOTTOM_UP)
            .addRuleCollection(java.util.List.of(
                    CoreRules.FILTER_INTO_JOIN,
                    CoreRules.JOIN_CONDITION_PUSH,
                    CoreRules.FILTER_PROJECT_TRANSPOSE,
                    CoreRules.FILTER_SET_OP_TRANSPOSE,
                    CoreRules.FILTER_MERGE))
            .addRuleCollection(java.util.List.of(
                    CoreRules.PROJECT_MERGE,
                    CoreRules.PROJECT_REMOVE))
            .build();

    private LogicalRewrite() {
    }

    static RelNode optimize(RelNode rel) {
        if (!hasRewritePattern(rel) || hasSubqueryOrCorrelation(rel)) {
            return rel;
        }
        HepPlanner planner = new HepPlanner(PROGRAM);
        planner.setRoot(rel);
        return planner.findBestExp();
    }

    /**
     * Whether some rule of the program could match: a join or set operation, a filter over a project,
     * filter, join or set operation, a project over a project, or a trivial project. Without one, running
     * Hep (a planner, a graph and a full copy of the tree) would return the same plan.
     */
    private static boolean hasRewritePattern(RelNode rel) {
        if (rel instanceof Join || rel instanceof SetOp) {
            return true;
        }
        RelNode input = rel.getInputs().isEmpty() ? null : rel.getInput(0);
        if (rel instanceof Filter && (input instanceof Project || input instanceof Filter)) {
            return true;
        }
        if (rel instanceof Project project && (input instanceof Project || ProjectRemoveRule.isTrivial(project))) {
            return true;
        }
        for (RelNode child : rel.getInputs()) {
            if (hasRewritePattern(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSubqueryOrCorrelation(RelNode rel) {
        boolean[] found = {false};
        RexShuttle finder = new RexShuttle() {
            @Override
            public RexNode visitSubQuery(RexSubQuery subQuery) {
                found[0] = true;
                return subQuery;
            }

            @Override
            public RexNode visitCorrelVariable(RexCorrelVariable variable) {
                found[0] = true;
                return variable;
            }
        };
        rel.accept(new RelShuttleImpl() {
            @Override
            protected RelNode visitChild(RelNode parent, int i, RelNode child) {
                child.accept(finder);
                return super.visitChild(parent, i, child);
            }

            @Override
            public RelNode visit(RelNode other) {
                other.accept(finder);
                return super.visit(other);
            }
        });
        rel.accept(finder);
        return found[0];
    }
}
