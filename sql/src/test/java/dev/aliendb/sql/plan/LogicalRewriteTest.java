package dev.aliendb.sql.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.rules.CoreRules;
import org.junit.jupiter.api.Test;

/**
 * The rewrite program creates its rules from their default configurations instead of reading them from
 * {@link CoreRules} (whose initialisation builds all of Calcite's rules); they must be the very rules
 * {@link CoreRules} holds, in the same order, so plans are unchanged.
 */
class LogicalRewriteTest {

    @Test
    void filterRulesAreCoreRules() {
        assertSameRules(List.of(CoreRules.FILTER_INTO_JOIN, CoreRules.JOIN_CONDITION_PUSH,
                CoreRules.FILTER_PROJECT_TRANSPOSE, CoreRules.FILTER_SET_OP_TRANSPOSE, CoreRules.FILTER_MERGE),
                LogicalRewrite.Program.PUSH_FILTERS);
    }

    @Test
    void projectRulesAreCoreRules() {
        assertSameRules(List.of(CoreRules.PROJECT_MERGE, CoreRules.PROJECT_REMOVE),
                LogicalRewrite.Program.MERGE_PROJECTS);
    }

    private static void assertSameRules(List<RelOptRule> expected, List<RelOptRule> actual) {
        assertEquals(expected, actual);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).getClass(), actual.get(i).getClass());
            assertEquals(((RelRule<?>) expected.get(i)).config, ((RelRule<?>) actual.get(i)).config);
        }
    }
}
