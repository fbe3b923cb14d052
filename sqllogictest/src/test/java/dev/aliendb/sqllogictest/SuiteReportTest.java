package dev.aliendb.sqllogictest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteReportTest {

    private static SuiteResult runWithFailures(int n) {
        FileResult file = new FileResult("evidence/x.test");
        for (int i = 1; i <= n; i++) {
            file.fail(new SltRecord.Statement(10 * i, "SELECT " + i, false), "SELECT " + i, "[42000] boom", "");
        }
        return new SuiteResult(Engine.SQLITE, new Limits(1, 1, 0, 0), List.of(file), List.of(), 0.1);
    }

    @Test
    void causeListsTheExampleThenTheOtherLocations() {
        String md = SuiteReport.markdown(runWithFailures(3));
        assertTrue(md.contains("### 3 x [42000] boom"), md);
        assertTrue(md.contains("Example `evidence/x.test:10`"), md);
        assertTrue(md.contains("Also at: `evidence/x.test:20` `evidence/x.test:30`\n"), md);
    }

    @Test
    void otherLocationsAreCappedWithACount() {
        String md = SuiteReport.markdown(runWithFailures(40));
        assertTrue(md.contains("`evidence/x.test:310` and 9 more"), md);
        assertFalse(md.contains("`evidence/x.test:320`"), md);
    }

    @Test
    void singleFailureHasNoOtherLocations() {
        assertFalse(SuiteReport.markdown(runWithFailures(1)).contains("Also at"));
    }
}
