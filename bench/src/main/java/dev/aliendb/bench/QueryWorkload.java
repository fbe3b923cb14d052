package dev.aliendb.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * W3–W8 on one loaded database (t and u loaded untimed): point select, range aggregate, GROUP BY scan,
 * CREATE INDEX + indexed select, join, update by key, in that order. Each read workload warms up on a fifth
 * of its operations first; every result set is read to the end. A failing workload is reported and the
 * next one runs.
 */
final class QueryWorkload {

    private final Connection c;
    private final BenchEngine engine;
    private final Dataset data;
    private final SplittableRandom random = new SplittableRandom(99);

    private QueryWorkload(Connection c, BenchEngine engine, Dataset data) {
        this.c = c;
        this.engine = engine;
        this.data = data;
    }

    static void run(BenchEngine engine, Path dir, Dataset dataset, List<Metric> metrics, Sink sink) throws Exception {
        Connection c = engine.open(dir);
        sink.info("settings", engine.reportedSettings(c));
        Dataset.createT(c, engine);
        dataset.loadT(c, engine);
        dataset.loadU(c);
        QueryWorkload w = new QueryWorkload(c, engine, dataset);
        int rows = dataset.rows();
        if (metrics.contains(Metric.W3_OPS)) {
            Measure.attempt(sink, Metric.W3_OPS, () -> w.select("SELECT k, c FROM t WHERE id = ?", ops(rows / 4),
                    p -> p.setInt(1, 1 + w.random.nextInt(rows))));
        }
        if (metrics.contains(Metric.W4_OPS)) {
            Measure.attempt(sink, Metric.W4_OPS, () -> w.select(
                    "SELECT COUNT(*), SUM(k) FROM t WHERE id BETWEEN ? AND ?", ops(rows / 20), p -> {
                        int from = 1 + w.random.nextInt(rows - 99);
                        p.setInt(1, from);
                        p.setInt(2, from + 99);
                    }));
        }
        if (metrics.contains(Metric.W7_SECONDS)) {
            Measure.attempt(sink, Metric.W7_SECONDS, w::groupByScan);
        }
        boolean indexed = Measure.attempt(sink, Metric.W5_INDEX_SECONDS, w::createIndex);
        if (indexed && metrics.contains(Metric.W5_OPS)) {
            Measure.attempt(sink, Metric.W5_OPS, () -> w.select("SELECT id, c FROM t WHERE k = ?", ops(rows / 10),
                    p -> p.setInt(1, w.random.nextInt(dataset.kRange()))));
        }
        if (metrics.contains(Metric.W8_OPS)) {
            Measure.attempt(sink, Metric.W8_OPS, () -> w.select(
                    "SELECT SUM(u.v) FROM t JOIN u ON u.t_id = t.id WHERE t.k BETWEEN ? AND ?", ops(rows / 100), p -> {
                        int from = w.random.nextInt(dataset.kRange() - 10);
                        p.setInt(1, from);
                        p.setInt(2, from + 9);
                    }));
        }
        if (metrics.contains(Metric.W6_UPDATES)) {
            Measure.attempt(sink, Metric.W6_UPDATES, () -> w.updateByKey(Math.max(1_000, rows / 20)));
        }
        engine.closeLast(c, dir);
    }

    /** Operations of a timed run: at least 100, so that tiny scales still measure something. */
    static int ops(int n) {
        return Math.max(100, n);
    }

    /** Sets one execution's parameters. */
    private interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }

    private double select(String sql, int ops, Binder binder) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            return Measure.opsPerSecond(ops, i -> {
                binder.bind(p);
                try (ResultSet rs = p.executeQuery()) {
                    drain(rs);
                }
            });
        }
    }

    private static void drain(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
                rs.getObject(i);
            }
        }
    }

    /** Median seconds of three runs after one warm-up run. */
    private double groupByScan() throws SQLException {
        String mod = engine.mod("k", 100);
        String sql = "SELECT " + mod + ", COUNT(*), AVG(LENGTH(c)) FROM t WHERE k > ? GROUP BY " + mod;
        List<Double> runs = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int run = 0; run < 4; run++) {
                p.setInt(1, data.kRange() / 100 * (run + 1));
                long start = System.nanoTime();
                try (ResultSet rs = p.executeQuery()) {
                    drain(rs);
                }
                if (run > 0) {
                    runs.add(Measure.seconds(start));
                }
            }
        }
        Collections.sort(runs);
        return runs.get(1);
    }

    private double createIndex() throws SQLException {
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX t_k ON t(k)");
        }
        return Measure.seconds(start);
    }

    /** Updates per second, 100 per transaction. */
    private double updateByKey(int updates) throws SQLException {
        int perTransaction = 100;
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("UPDATE t SET k = k + 1 WHERE id = ?")) {
            return Measure.opsPerSecond(updates / perTransaction, i -> {
                for (int j = 0; j < perTransaction; j++) {
                    p.setInt(1, 1 + random.nextInt(data.rows()));
                    p.executeUpdate();
                }
                c.commit();
            }) * perTransaction;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
