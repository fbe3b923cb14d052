package dev.aliendb.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/** W2: single-row INSERTs into a fresh table, each its own committed transaction (autocommit). */
final class CommitWorkload {

    private CommitWorkload() {}

    static int commits(double scale) {
        return (int) Math.max(100, Math.min(2_000, Math.round(2_000 * scale)));
    }

    static double run(BenchEngine engine, Path data, double scale, Sink sink) throws Exception {
        Connection c = engine.open(data);
        sink.info("settings", engine.reportedSettings(c));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE w2(id INTEGER PRIMARY KEY, v VARCHAR(60))");
        }
        int n = commits(scale);
        long start = System.nanoTime();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO w2(id, v) VALUES (?, ?)")) {
            for (int i = 1; i <= n; i++) {
                p.setInt(1, i);
                p.setString(2, Dataset.text(i, 60));
                p.executeUpdate();
            }
        }
        double perSecond = n / Measure.seconds(start);
        engine.closeLast(c, data);
        return perSecond;
    }
}
