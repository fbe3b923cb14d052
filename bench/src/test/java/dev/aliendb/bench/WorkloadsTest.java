package dev.aliendb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every workload group runs to completion at the smallest scale on the peers whose SQL differs most (SQLite, Derby
 * with MOD and a quoted PAD), in process, and reports a positive value for each of its metrics.
 */
class WorkloadsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = BenchEngine.class, names = {"SQLITE_WAL", "DERBY"})
    void everyGroupReportsEveryMetric(BenchEngine engine) throws Exception {
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Sink sink = new Sink(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Dataset dataset = new Dataset(0.001);
        Set<String> all = Set.of("W1", "W2", "W3", "W4", "W5", "W6", "W7", "W8", "W9", "W10");
        LoadWorkload.run(engine, Files.createDirectories(dir.resolve("load")), dataset,
                WorkloadGroup.LOAD.selected(all), sink);
        sink.result(Metric.W2_COMMITS, CommitWorkload.run(engine, Files.createDirectories(dir.resolve("commit")), 0.001,
                sink));
        QueryWorkload.run(engine, Files.createDirectories(dir.resolve("query")), dataset,
                WorkloadGroup.QUERY.selected(all), sink);
        TpcbWorkload.run(engine, Files.createDirectories(dir.resolve("tpcb")), 0.001, sink);

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(), lines.stream().filter(l -> l.startsWith(Sink.ERROR)).toList());
        for (Metric m : Arrays.stream(Metric.values()).filter(m -> !m.workload().equals("W2T")).toList()) {
            String line = lines.stream().filter(l -> l.startsWith(Sink.RESULT + " " + m.name() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no result for " + m + " in " + lines));
            double value = Double.parseDouble(line.split(" ")[2]);
            assertTrue(value > 0 || m == Metric.W9_RETRIES && value == 0, line);
        }
        assertTrue(Arrays.stream(Metric.values()).filter(m -> !m.workload().equals("W2T")).allMatch(sink::reported));
    }

    /** W2T reports commits/s for every thread count; AlienDB's fsyncs are counted, SQLite's only under strace. */
    @ParameterizedTest
    @EnumSource(value = BenchEngine.class, names = {"ALIEN", "SQLITE_WAL"})
    void commitScalingReportsEveryThreadCount(BenchEngine engine) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Sink sink = new Sink(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        CommitScalingWorkload.run(engine, Files.createDirectories(dir.resolve("w2t")), 0.001, sink);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        for (Metric m : WorkloadGroup.COMMIT_SCALING.metrics()) {
            String line = lines.stream().filter(l -> l.startsWith(Sink.RESULT + " " + m.name() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no result for " + m + " in " + lines));
            double value = Double.parseDouble(line.split(" ")[2]);
            boolean fsyncs = m.name().startsWith("W2T_FSYNCS");
            if (fsyncs && engine == BenchEngine.SQLITE_WAL) {
                assertTrue(Double.isNaN(value), "SQLite's fsyncs are not measured without strace: " + line);
            } else {
                // a durable commit needs at least one fsync, shared by at most the 8 committing threads
                assertTrue(fsyncs ? value >= 1.0 / 8 : value > 0, line);
            }
        }
    }
}
