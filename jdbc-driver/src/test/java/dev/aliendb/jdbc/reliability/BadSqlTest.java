package dev.aliendb.jdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile SQL never escapes as anything but an SQLException and never hangs. Each of the 300
 * {@link HostileSql} cases (seed: {@code -Daliendb.badsql.seed}, default 20261123, printed) runs on one
 * connection within a time limit, its results read to the end; it must end normally or with an
 * SQLException carrying a 5-character SQLSTATE, and afterwards the same connection must still answer
 * {@code SELECT 1}. The endless recursive CTE must be stopped by {@code setQueryTimeout(2)} and by
 * {@code Statement.cancel()} from another thread. Internal errors (XX000, a runtime failure inside the
 * stack converted by the driver) are within the contract but are printed as bugs to fix.
 */
class BadSqlTest {
    private static final int CASES = 300;
    private static final long SEED = Long.getLong("aliendb.badsql.seed", 20261123);
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final long CANCEL_AFTER_MS = 500;

    private Connection conn;
    private ScheduledExecutorService canceller;

    @BeforeEach
    void open() throws SQLException {
        canceller = Executors.newSingleThreadScheduledExecutor();
        conn = fresh();
    }

    @AfterEach
    void close() throws SQLException {
        canceller.shutdownNow();
        if (conn != null) {
            conn.close();
        }
    }

    private static Connection fresh() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:alien:mem:");
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT, c REAL)");
            s.executeUpdate("INSERT INTO t(b, c) VALUES ('red', 1.0), ('green', 2.5), ('blue', NULL), (NULL, -4), ('r', 0)");
        }
        return c;
    }

    @Test
    void hostileStatementsEndInSqlExceptionsOrResults() throws SQLException {
        check(HostileSql.cases(CASES, SEED));
    }

    @Test
    void reportedHangsEndInTime() throws SQLException {
        check(HostileSql.reportedHangs());
    }

    private void check(List<HostileSql.Case> cases) throws SQLException {
        List<String> leaks = new ArrayList<>();
        List<String> hangs = new ArrayList<>();
        List<String> badStates = new ArrayList<>();
        List<String> brokenConnections = new ArrayList<>();
        List<String> internal = new ArrayList<>();
        List<String> unstopped = new ArrayList<>();
        int errors = 0;
        for (HostileSql.Case c : cases) {
            Statement s = conn.createStatement();
            Bounded.Ending<Long> ending = Bounded.run(LIMIT, () -> execute(s, c));
            String state = ending.sqlState();
            if (ending.hung()) {
                hangs.add(c.toString());
                s.cancel();
            } else if (ending.leaked() != null) {
                leaks.add(c + " -> " + ending.leaked());
            } else if (ending.sqlError() != null) {
                errors++;
                if (state == null || state.length() != 5) {
                    badStates.add(c + " -> " + ending);
                } else if (state.equals("XX000")) {
                    internal.add(c + " -> " + ending.sqlError().getMessage());
                }
            }
            if (c.stop() != HostileSql.Stop.NONE && ending.normal()) {
                unstopped.add(c.toString());
            }
            if (!answersSelectOne()) {
                brokenConnections.add(c.toString());
                conn.close();
                conn = fresh();
            }
        }
        System.out.printf("BADSQL seed=%d cases=%d sqlexceptions=%d leaks=%d hangs=%d bad_sqlstates=%d"
                + " broken_connections=%d internal_errors=%d%n", SEED, cases.size(), errors, leaks.size(), hangs.size(),
                badStates.size(), brokenConnections.size(), internal.size());
        internal.forEach(i -> System.out.println("BADSQL internal error (XX000): " + i));
        assertEquals(List.of(), leaks, "non-SQLExceptions, seed " + SEED);
        assertEquals(List.of(), hangs, "hangs, seed " + SEED);
        assertEquals(List.of(), badStates, "SQLExceptions without a 5-character SQLSTATE, seed " + SEED);
        assertEquals(List.of(), unstopped, "endless statements that were not stopped, seed " + SEED);
        assertEquals(List.of(), brokenConnections, "connections no longer answering SELECT 1, seed " + SEED);
    }

    /**
     * Runs one case on {@code s} (closing it), reading any results to the end; returns the number of rows and
     * update counts seen.
     */
    private long execute(Statement s, HostileSql.Case c) throws SQLException {
        try (s) {
            if (c.stop() == HostileSql.Stop.TIMEOUT) {
                s.setQueryTimeout(2);
            } else if (c.stop() == HostileSql.Stop.CANCEL) {
                canceller.schedule(() -> cancel(s), CANCEL_AFTER_MS, TimeUnit.MILLISECONDS);
            }
            long seen = 0;
            boolean isResult = s.execute(c.sql());
            while (true) {
                if (isResult) {
                    try (ResultSet rs = s.getResultSet()) {
                        while (rs.next()) {
                            seen++;
                        }
                    }
                } else if (s.getUpdateCount() == -1) {
                    return seen;
                } else {
                    seen += s.getUpdateCount();
                }
                isResult = s.getMoreResults();
            }
        }
    }

    private static Void cancel(Statement s) throws SQLException {
        s.cancel();
        return null;
    }

    private boolean answersSelectOne() {
        Bounded.Ending<Integer> ending = Bounded.run(Duration.ofSeconds(5), () -> {
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                return rs.next() ? rs.getInt(1) : null;
            }
        });
        return ending.normal() && Integer.valueOf(1).equals(ending.value());
    }
}
