package dev.aliendb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * W1 (bulk load of t, batches of 1,000 rows, one transaction per batch) and W10 (bytes of every file in the
 * database directory after a clean close, the JVM's peak RSS (VmHWM) right after W1, time to reopen and read
 * one row).
 */
final class LoadWorkload {

    private LoadWorkload() {}

    static void run(BenchEngine engine, Path data, Dataset dataset, List<Metric> metrics, Sink sink) throws Exception {
        Connection c = engine.open(data);
        sink.info("settings", engine.reportedSettings(c));
        Dataset.createT(c, engine);
        long start = System.nanoTime();
        dataset.loadT(c, engine);
        double seconds = Measure.seconds(start);
        report(sink, metrics, Metric.W1_ROWS, dataset.rows() / seconds);
        report(sink, metrics, Metric.W10_RSS, peakRssMiB());
        engine.closeLast(c, data);
        report(sink, metrics, Metric.W10_SIZE, directoryBytes(data) / (1024.0 * 1024.0));
        if (metrics.contains(Metric.W10_REOPEN)) {
            Measure.attempt(sink, Metric.W10_REOPEN, () -> reopen(engine, data));
        }
    }

    private static void report(Sink sink, List<Metric> metrics, Metric metric, double value) {
        if (metrics.contains(metric)) {
            sink.result(metric, value);
        }
    }

    private static double reopen(BenchEngine engine, Path data) throws Exception {
        long start = System.nanoTime();
        Connection c = engine.open(data);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT k FROM t WHERE id = 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("row 1 missing after reopen");
            }
        }
        double seconds = Measure.seconds(start);
        engine.closeLast(c, data);
        return seconds;
    }

    /** VmHWM of this process from /proc/self/status, in MiB. */
    static double peakRssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IOException("no VmHWM in /proc/self/status");
    }

    static long directoryBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
