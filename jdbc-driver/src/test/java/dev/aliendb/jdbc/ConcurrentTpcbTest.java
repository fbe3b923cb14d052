package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The W9 benchmark's transaction (read an account, update it, update its branch, append history) from 4
 * threads at the default isolation (SERIALIZABLE), retrying on 40001: the balances add up, and since
 * conflicts are detected per row, with 10,000 accounts almost no transaction has to retry (the shared
 * branch rows, written but not read on the snapshot, never cause a retry).
 */
class ConcurrentTpcbTest extends ConnectionFixture {
    private static final int ACCOUNTS = 10_000;
    private static final int BRANCHES = 10;
    private static final int THREADS = 4;
    private static final int TX_PER_THREAD = 100;

    @Test
    void concurrentTransfersAddUpAndRarelyRetry() throws Exception {
        exec("CREATE TABLE accounts(aid INTEGER PRIMARY KEY, bid INTEGER, abalance INTEGER)",
                "CREATE TABLE branches(bid INTEGER PRIMARY KEY, bbalance INTEGER)",
                "CREATE TABLE history(aid INTEGER, bid INTEGER, delta INTEGER)");
        conn.setAutoCommit(false);
        try (PreparedStatement a = conn.prepareStatement("INSERT INTO accounts VALUES (?, ?, 0)");
             PreparedStatement b = conn.prepareStatement("INSERT INTO branches VALUES (?, 0)")) {
            for (int i = 1; i <= ACCOUNTS; i++) {
                a.setInt(1, i);
                a.setInt(2, 1 + i % BRANCHES);
                a.executeUpdate();
            }
            for (int i = 1; i <= BRANCHES; i++) {
                b.setInt(1, i);
                b.executeUpdate();
            }
        }
        conn.commit();
        AtomicInteger retries = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t;
            work.add(pool.submit(() -> transactions(seed, retries)));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        long commits = THREADS * TX_PER_THREAD;
        assertEquals(commits, ((Number) scalar("SELECT COUNT(*) FROM history")).longValue());
        Object history = scalar("SELECT SUM(delta) FROM history");
        assertEquals(history, scalar("SELECT SUM(abalance) FROM accounts"));
        assertEquals(history, scalar("SELECT SUM(bbalance) FROM branches"));
        assertTrue(retries.get() < commits / 20, retries.get() + " retries for " + commits + " commits");
    }

    private Void transactions(long seed, AtomicInteger retries) throws SQLException {
        Random random = new Random(seed);
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement select = c.prepareStatement("SELECT abalance FROM accounts WHERE aid = ?");
             PreparedStatement account = c.prepareStatement("UPDATE accounts SET abalance = abalance + ? WHERE aid = ?");
             PreparedStatement branch = c.prepareStatement("UPDATE branches SET bbalance = bbalance + ? WHERE bid = ?");
             PreparedStatement history = c.prepareStatement("INSERT INTO history VALUES (?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int done = 0; done < TX_PER_THREAD; ) {
                int aid = 1 + random.nextInt(ACCOUNTS);
                int bid = 1 + random.nextInt(BRANCHES);
                int delta = random.nextInt(1999) - 999;
                try {
                    select.setInt(1, aid);
                    try (ResultSet rs = select.executeQuery()) {
                        assertTrue(rs.next());
                    }
                    account.setInt(1, delta);
                    account.setInt(2, aid);
                    assertEquals(1, account.executeUpdate());
                    branch.setInt(1, delta);
                    branch.setInt(2, bid);
                    assertEquals(1, branch.executeUpdate());
                    history.setInt(1, aid);
                    history.setInt(2, bid);
                    history.setInt(3, delta);
                    history.executeUpdate();
                    c.commit();
                    done++;
                } catch (SQLException e) {
                    if (!"40001".equals(e.getSQLState())) {
                        throw e;
                    }
                    c.rollback();
                    retries.incrementAndGet();
                }
            }
        }
        return null;
    }
}
