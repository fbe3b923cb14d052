package dev.aliendb.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * W9: four threads, each with its own connection and its statements prepared before the clock starts, run
 * TPC-B-like transactions (read an account, move an amount into it and its branch, log it in history,
 * commit) for a fixed time. A transaction failing with a
 * serialization, deadlock, lock-timeout or busy error is rolled back and retried after a random exponential
 * back-off, as an application would;
 * any other error stops the workload. At the end the balances must add up: sum of accounts = sum of
 * branches = sum of history deltas, and history holds exactly one row per committed transaction.
 */
final class TpcbWorkload {

    static final int THREADS = 4;
    static final int ACCOUNTS = 10_000;
    static final int BRANCHES = 10;
    /** Retries back off for a random time below 0.1 ms * 2^attempt, at most 20 ms. */
    static final long MAX_BACKOFF_NANOS = 20_000_000;

    private final BenchEngine engine;
    private final Path dir;
    private final AtomicLong committed = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CountDownLatch prepared = new CountDownLatch(THREADS);
    private final CountDownLatch go = new CountDownLatch(1);
    private volatile long deadline;

    private TpcbWorkload(BenchEngine engine, Path dir) {
        this.engine = engine;
        this.dir = dir;
    }

    static double seconds(double scale) {
        return Math.max(1.0, Math.min(10.0, 10 * scale));
    }

    static void run(BenchEngine engine, Path dir, double scale, Sink sink) throws Exception {
        TpcbWorkload w = new TpcbWorkload(engine, dir);
        Connection setup = engine.open(dir);
        sink.info("settings", engine.reportedSettings(setup));
        createAndFill(setup);
        List<Thread> threads = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Connection c = engine.open(dir);
            c.setAutoCommit(false);
            connections.add(c);
            int seed = i;
            threads.add(new Thread(() -> w.work(c, seed), "tpcb-" + i));
        }
        threads.forEach(Thread::start);
        w.prepared.await();
        long start = System.nanoTime();
        w.deadline = start + (long) (seconds(scale) * 1e9);
        w.go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = Measure.seconds(start);
        for (Connection c : connections) {
            c.close();
        }
        if (w.failure.get() != null) {
            throw new IllegalStateException("W9 stopped: " + Sink.describe(w.failure.get()), w.failure.get());
        }
        check(setup, w.committed.get());
        engine.closeLast(setup, dir);
        sink.result(Metric.W9_TPS, w.committed.get() / elapsed);
        sink.result(Metric.W9_RETRIES, 1000.0 * w.retries.get() / Math.max(1, w.committed.get()));
    }

    private static void createAndFill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts(aid INTEGER PRIMARY KEY, bid INTEGER, abalance INTEGER, filler VARCHAR(84))");
            s.execute("CREATE TABLE branches(bid INTEGER PRIMARY KEY, bbalance INTEGER, filler VARCHAR(88))");
            s.execute("CREATE TABLE history(aid INTEGER, bid INTEGER, delta INTEGER, filler VARCHAR(22))");
        }
        c.setAutoCommit(false);
        try (PreparedStatement a = c.prepareStatement("INSERT INTO accounts VALUES (?, ?, 0, ?)");
             PreparedStatement b = c.prepareStatement("INSERT INTO branches VALUES (?, 0, ?)")) {
            for (int bid = 1; bid <= BRANCHES; bid++) {
                b.setInt(1, bid);
                b.setString(2, Dataset.text(bid, 88));
                b.executeUpdate();
            }
            for (int aid = 1; aid <= ACCOUNTS; aid++) {
                a.setInt(1, aid);
                a.setInt(2, 1 + (aid - 1) * BRANCHES / ACCOUNTS);
                a.setString(3, Dataset.text(aid, 84));
                a.addBatch();
                if (aid % Dataset.BATCH == 0) {
                    a.executeBatch();
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private void work(Connection c, int seed) {
        SplittableRandom random = new SplittableRandom(1000 + seed);
        try (PreparedStatement select = c.prepareStatement("SELECT abalance FROM accounts WHERE aid = ?");
             PreparedStatement account = c.prepareStatement("UPDATE accounts SET abalance = abalance + ? WHERE aid = ?");
             PreparedStatement branch = c.prepareStatement("UPDATE branches SET bbalance = bbalance + ? WHERE bid = ?");
             PreparedStatement history = c.prepareStatement(
                     "INSERT INTO history(aid, bid, delta, filler) VALUES (?, ?, ?, ?)")) {
            prepared.countDown();
            go.await();
            while (System.nanoTime() < deadline && failure.get() == null) {
                int aid = 1 + random.nextInt(ACCOUNTS);
                int bid = 1 + random.nextInt(BRANCHES);
                int delta = random.nextInt(-5_000, 5_001);
                for (int attempt = 0; ; attempt++) {
                    try {
                        select.setInt(1, aid);
                        try (ResultSet rs = select.executeQuery()) {
                            rs.next();
                        }
                        account.setInt(1, delta);
                        account.setInt(2, aid);
                        account.executeUpdate();
                        branch.setInt(1, delta);
                        branch.setInt(2, bid);
                        branch.executeUpdate();
                        history.setInt(1, aid);
                        history.setInt(2, bid);
                        history.setInt(3, delta);
                        history.setString(4, "tpcb");
                        history.executeUpdate();
                        c.commit();
                        committed.incrementAndGet();
                        break;
                    } catch (SQLException e) {
                        if (!Retry.retryable(e)) {
                            throw e;
                        }
                        rollbackQuietly(c);
                        retries.incrementAndGet();
                        LockSupport.parkNanos(random.nextLong(1 + Math.min(MAX_BACKOFF_NANOS, 100_000L << Math.min(attempt, 20))));
                    }
                }
            }
        } catch (SQLException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } finally {
            prepared.countDown(); // a thread that failed to prepare must not leave the clock waiting
        }
    }

    private static void rollbackQuietly(Connection c) throws SQLException {
        try {
            c.rollback();
        } catch (SQLException e) {
            if (!Retry.retryable(e)) {
                throw e;
            }
        }
    }

    private static void check(Connection c, long committed) throws SQLException {
        try (Statement s = c.createStatement()) {
            long accounts = scalar(s, "SELECT SUM(abalance) FROM accounts");
            long branches = scalar(s, "SELECT SUM(bbalance) FROM branches");
            long deltas = scalar(s, "SELECT SUM(delta) FROM history");
            long rows = scalar(s, "SELECT COUNT(*) FROM history");
            if (accounts != branches || branches != deltas || rows != committed) {
                throw new IllegalStateException("balances do not add up: accounts " + accounts + ", branches " + branches
                        + ", history " + deltas + " in " + rows + " rows for " + committed + " commits");
            }
        }
    }

    private static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
