package dev.aliendb.sqllogictest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The conformance gate of {@code mvn verify}: runs the quick subset (src/test/resources/quick-subset.txt)
 * through {@code jdbc:alien:} and fails when fewer records pass than {@code baseline.properties} says.
 * When more pass it prints the new count and writes it to {@code target/slt-quick-passed.properties}
 * so the baseline can be raised. Skipped while no driver accepts {@code jdbc:alien:} URLs.
 *
 * <p>Work: every statement and query of each file (169,396 records; {@code -Dslt.maxRecordsPerFile=N} caps
 * the records per file, 0 = all). Time, as a safety net far above the ~4 minutes the subset needs on a 2-core
 * machine: per statement {@code -Dslt.statementSeconds} (default 20 s), per file {@code -Dslt.fileSeconds}
 * (default 300 s), whole gate {@code -Dslt.budgetSeconds} (default 1,200 s); a file cut short by time counts
 * only the records it finished.
 */
class QuickSubsetGateTest {

    static List<String> quickSubset() throws IOException {
        try (InputStream in = QuickSubsetGateTest.class.getResourceAsStream("/quick-subset.txt")) {
            return TestFiles.parseList(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    @Test
    void quickSubsetPassesAtLeastTheBaseline() throws IOException {
        assumeTrue(Engine.ALIEN.available(), "no JDBC driver accepts jdbc:alien: yet");
        Limits limits = new Limits(Integer.getInteger("slt.statementSeconds", 20),
                Integer.getInteger("slt.fileSeconds", 300), Integer.getInteger("slt.budgetSeconds", 1200),
                Integer.getInteger("slt.maxRecordsPerFile", 0));
        SuiteResult run = new SuiteRunner(Engine.ALIEN, limits).run(quickSubset(), f -> { });
        SuiteReport.write(run, Path.of("target/slt-quick-report.md"));
        System.out.println(run.summaryLine() + " report=sqllogictest/target/slt-quick-report.md");

        Properties baseline = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("baseline.properties"))) {
            baseline.load(in);
        }
        long expected = Long.parseLong(baseline.getProperty("passed").strip());
        if (run.passed() > expected) {
            Files.writeString(Path.of("target/slt-quick-passed.properties"), "passed=" + run.passed() + "\n");
            System.out.println("sqllogictest quick subset improved: passed=" + run.passed() + " > baseline " + expected
                    + "; raise sqllogictest/baseline.properties to passed=" + run.passed());
        }
        assertTrue(run.passed() >= expected, "sqllogictest quick subset regressed: passed=" + run.passed()
                + " < baseline " + expected + " (see sqllogictest/target/slt-quick-report.md)");
    }
}
