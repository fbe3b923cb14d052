package dev.aliendb.sql.plan;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
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
import org.apache.calcite.rel.rules.FilterJoinRule;
import org.apache.calcite.rel.rules.FilterMergeRule;
import org.apache.calcite.rel.rules.FilterProjectTransposeRule;
import org.apache.calcite.rel.rules.FilterSetOpTransposeRule;
import org.apache.calcite.rel.rules.ProjectMergeRule;
import org.apache.calcite.rel.rules.ProjectRemoveRule;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexSubQuery;

/**
 * The fixed logical rewrite program (Hep, no cost model): push filters into joins and join conditions to
 * their inputs, through projects and set operations, merge filters and projects, drop trivial projects.
 * Nothing folds constants (SQLite semantics belong to the evaluator). Trees in which no rule could match
 * skip the Hep planner altogether. Trees with subqueries or correlation variables are left unchanged: the rules would move expressions away from the nodes whose
 * correlation variables they read.
 */
final class LogicalRewrite {

    /**
     * The program, built on first use (most single-table statements never need it). Each rule is created
     * from its default configuration, exactly as {@code CoreRules} creates it, without initialising
     * {@code CoreRules} itself: that class builds every one of Calcite's ~200 rules (about 900 classes).
     */
    static final class Program {
        /** Filter push-down: into joins, join conditions to their inputs, through projects and set operations. */
        static final List<RelOptRule> PUSH_FILTERS = List.of(
                FilterJoinRule.FilterIntoJoinRule.FilterIntoJoinRuleConfig.DEFAULT.toRule(),
                FilterJoinRule.JoinConditionPushRule.JoinConditionPushRuleConfig.DEFAULT.toRule(),
                FilterProjectTransposeRule.Config.DEFAULT.toRule(),
                FilterSetOpTransposeRule.Config.DEFAULT.toRule(),
                FilterMergeRule.Config.DEFAULT.toRule());
        /** Project clean-up: merge adjacent projects, drop trivial ones. */
        static final List<RelOptRule> MERGE_PROJECTS = List.of(
                ProjectMergeRule.Config.DEFAULT.toRule(),
                ProjectRemoveRule.Config.DEFAULT.toRule());
        static final HepProgram PROGRAM = new HepProgramBuilder()
                .addMatchOrder(HepMatchOrder.BOTTOM_UP)
                .addRuleCollection(PUSH_FILTERS)
                .addRuleCollection(MERGE_PROJECTS)
                .build();

        private Program() {
        }
    }

    private LogicalRewrite() {
    }

    static RelNode optimize(RelNode rel) {
        if (!hasRewritePattern(rel) || hasSubqueryOrCorrelation(rel)) {
            return rel;
        }
        HepPlanner planner = new HepPlanner(Program.PROGRAM);
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
