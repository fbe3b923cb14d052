package dev.aliendb.sqllogictest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the runner against the reference engine: bundled scripts of every family run through SQLite
 * (jdbc:sqlite::memory:) pass except the four expectations the suite itself gets wrong
 * (slt_lang_aggfunc.test: sum() overflow raises an error, total() returns a value, where the script
 * expects empty results).
 */
class SqliteValidationTest {

    @Test
    void sqlitePassesBundledScriptsExceptTheKnownBrokenExpectations() {
        List<String> files = List.of("select1.test", "select5.test", "evidence/slt_lang_aggfunc.test",
                "evidence/in1.test", "evidence/slt_lang_createtrigger.test", "random/expr/slt_good_0.test",
                "random/groupby/slt_good_0.test", "index/between/10/slt_good_0.test",
                "index/orderby_nosort/10/slt_good_0.test", "index/view/10/slt_good_1.test");
        SuiteResult run = new SuiteRunner(Engine.SQLITE, new Limits(30, 60, 0)).run(files, f -> { });
        assertEquals(List.of("evidence/slt_lang_aggfunc.test:479", "evidence/slt_lang_aggfunc.test:483",
                        "evidence/slt_lang_aggfunc.test:490", "evidence/slt_lang_aggfunc.test:494"),
                run.files().stream().flatMap(f -> f.failures().stream()).map(Failure::location).toList());
        assertTrue(run.records() > 50_000, run.summaryLine());
        assertEquals(run.records() - 4, run.passed());
        run.files().forEach(f -> assertEquals(FileResult.Status.COMPLETED, f.status(), f.file()));
        String report = SuiteReport.markdown(run);
        assertTrue(report.contains("### 2 x wrong result"), report);
        assertTrue(report.contains("evidence/slt_lang_aggfunc.test:479"), report);
    }

    @Test
    void theQuickSubsetListNamesBundledScripts() throws Exception {
        List<String> quick = QuickSubsetGateTest.quickSubset();
        assertEquals(33, quick.size());
        assertTrue(TestFiles.all().containsAll(quick), quick.toString());
        assertEquals(622, TestFiles.all().size());
    }
}
