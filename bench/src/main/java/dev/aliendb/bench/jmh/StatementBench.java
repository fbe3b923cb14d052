package dev.aliendb.bench.jmh;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Statement latency through JDBC on an in-memory table of 10,000 rows, for AlienDB and SQLite side by
 * side:
 * <ul>
 * <li>{@code planCacheHit}: re-executing one prepared point select (the plan-cache hit path);</li>
 * <li>{@code prepareMiss}: prepare + execute + close of a point select whose text has not been seen before
 *     (the id and a bound are literals that change; AlienDB shares the plan of the text's literal shape);</li>
 * <li>{@code prepareNewShape}: the same, but the select list differs every time (a column alias), so no
 *     plan can be shared: parse, validate, SqlToRel, rewrite and physical planning every time;</li>
 * <li>{@code insertLiterals}: {@code Statement.executeUpdate} of a REPLACE INTO with literal values.</li>
 * </ul>
 * The cache-miss benchmarks warm up longer: the planner is a lot of code for the JIT.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StatementBench extends MicroBenchmark {

    private static final int ROWS = 10_000;

    @Param({"jdbc:alien:mem:jmh", "jdbc:sqlite::memory:"})
    String url;

    private final SplittableRandom random = new SplittableRandom(5);
    private Connection connection;
    private PreparedStatement pointSelect;
    private long missCounter;
    private Statement statement;

    @Setup
    public void load() throws SQLException {
        connection = DriverManager.getConnection(url);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, k INTEGER, c VARCHAR(120))");
            s.execute("CREATE TABLE w(id INTEGER PRIMARY KEY, v VARCHAR(20))");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO t(id, k, c) VALUES (?, ?, ?)")) {
            for (int id = 1; id <= ROWS; id++) {
                p.setInt(1, id);
                p.setInt(2, id % 1000);
                p.setString(3, "row " + id);
                p.addBatch();
            }
            p.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        pointSelect = connection.prepareStatement("SELECT k, c FROM t WHERE id = ?");
        statement = connection.createStatement();
    }

    @TearDown
    public void close() throws SQLException {
        statement.close();
        pointSelect.close();
        connection.close();
    }

    @Benchmark
    public int planCacheHit() throws SQLException {
        pointSelect.setInt(1, 1 + random.nextInt(ROWS));
        try (ResultSet rs = pointSelect.executeQuery()) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    @Benchmark
    @Warmup(iterations = 5, time = 4)
    public int prepareMiss() throws SQLException {
        long id = 1 + missCounter++ % ROWS;
        return prepareAndRun("SELECT k, c FROM t WHERE id = " + id + " AND k >= " + (missCounter / ROWS - 1_000_000));
    }

    @Benchmark
    @Warmup(iterations = 5, time = 4)
    public int prepareNewShape() throws SQLException {
        long n = missCounter++;
        return prepareAndRun("SELECT k AS k" + n + ", c FROM t WHERE id = " + (1 + n % ROWS));
    }

    private int prepareAndRun(String sql) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    @Benchmark
    @Warmup(iterations = 5, time = 4)
    public int insertLiterals() throws SQLException {
        long n = missCounter++;
        return statement.executeUpdate("REPLACE INTO w(id, v) VALUES (" + n % 1000 + ", 'v" + n + "')");
    }
}
