package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StatementTest extends ConnectionFixture {
    @Test
    void executeReportsResultKind() throws SQLException {
        try (Statement s = conn.createStatement()) {
            assertFalse(s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT)"));
            assertEquals(0, s.getUpdateCount());
            assertFalse(s.execute("INSERT INTO t(name) VALUES ('a'), ('b')"));
            assertEquals(2, s.getUpdateCount());
            assertNull(s.getResultSet());
            assertTrue(s.execute("SELECT name FROM t ORDER BY id"));
            assertEquals(-1, s.getUpdateCount());
            try (ResultSet rs = s.getResultSet()) {
                assertTrue(rs.next());
                assertEquals("a", rs.getString(1));
                assertEquals(s, rs.getStatement());
            }
            assertFalse(s.getMoreResults());
            assertEquals(-1, s.getUpdateCount());
        }
    }

    @Test
    void executeUpdateCountsAndLargeVariants() throws SQLException {
        exec("CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER)");
        try (Statement s = conn.createStatement()) {
            assertEquals(3, s.executeUpdate("INSERT INTO t(v) VALUES (1), (2), (3)"));
            assertEquals(2, s.executeLargeUpdate("UPDATE t SET v = v * 10 WHERE v >= 2"));
            assertEquals(1, s.executeUpdate("DELETE FROM t WHERE v = 1"));
            assertEquals(0, s.executeUpdate("CREATE INDEX t_v ON t(v)"));
        }
    }

    @Test
    void scriptRunsEveryStatementAndKeepsTheLastResult() throws SQLException {
        try (Statement s = conn.createStatement()) {
            assertTrue(s.execute("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);"
                    + " SELECT SUM(x) FROM t"));
            try (ResultSet rs = s.getResultSet()) {
                assertTrue(rs.next());
                assertEquals(3, rs.getInt(1));
            }
            assertEquals(1, s.executeUpdate("INSERT INTO t VALUES (5); DELETE FROM t WHERE x = 5"));
        }
    }

    @Test
    void wrongKindOfStatement() throws SQLException {
        exec("CREATE TABLE t(x INTEGER)");
        try (Statement s = conn.createStatement()) {
            assertEquals("07000", sqlState(() -> s.executeQuery("INSERT INTO t VALUES (1)")));
            assertEquals("07000", sqlState(() -> s.executeUpdate("SELECT * FROM t")));
        }
        assertEquals(0L, count("t"));
    }

    @Test
    void maxRowsLimitsForwardAndScrollResults() throws SQLException {
        exec("CREATE TABLE t(x INTEGER)", "INSERT INTO t VALUES (1), (2), (3), (4), (5)");
        for (int type : new int[] {ResultSet.TYPE_FORWARD_ONLY, ResultSet.TYPE_SCROLL_INSENSITIVE}) {
            try (Statement s = conn.createStatement(type, ResultSet.CONCUR_READ_ONLY)) {
                s.setMaxRows(2);
                s.setFetchSize(100);
                assertEquals(100, s.getFetchSize());
                int rows = 0;
                try (ResultSet rs = s.executeQuery("SELECT x FROM t")) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                assertEquals(2, rows);
            }
        }
    }

    @Test
    void batchesRunInOrderAndReportCounts() throws SQLException {
        exec("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)");
        try (Statement s = conn.createStatement()) {
            s.addBatch("INSERT INTO t(v) VALUES ('a')");
            s.addBatch("INSERT INTO t(v) VALUES ('b'), ('c')");
            s.addBatch("UPDATE t SET v = 'z'");
            assertArrayEquals(new int[] {1, 2, 3}, s.executeBatch());
            assertArrayEquals(new int[0], s.executeBatch()); // the batch was cleared
        }
    }

    @Test
    void failingBatchEntryReportsWhatRan() throws SQLException {
        exec("CREATE TABLE t(id INTEGER PRIMARY KEY)");
        try (Statement s = conn.createStatement()) {
            s.addBatch("INSERT INTO t VALUES (1)");
            s.addBatch("INSERT INTO t VALUES (1)");
            s.addBatch("INSERT INTO t VALUES (2)");
            BatchUpdateException e = assertThrows(BatchUpdateException.class, s::executeBatch);
            assertArrayEquals(new int[] {1}, e.getUpdateCounts());
            assertEquals("23505", e.getSQLState());
        }
    }

    @Test
    void generatedKeys() throws SQLException {
        exec("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)");
        try (Statement s = conn.createStatement()) {
            s.executeUpdate("INSERT INTO t(v) VALUES ('a'), ('b')", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                assertTrue(keys.next());
                assertEquals(1L, keys.getLong(1));
                assertTrue(keys.next());
                assertEquals(2L, keys.getLong("GENERATED_KEY"));
                assertFalse(keys.next());
            }
            s.executeUpdate("INSERT INTO t(v) VALUES ('c')", new String[] {"id"});
            try (ResultSet keys = s.getGeneratedKeys()) {
                assertTrue(keys.next());
                assertEquals(3L, keys.getLong("id"));
            }
        }
    }

    @Test
    void cancelFromAnotherThreadStopsTheStatement() throws Exception {
        exec("CREATE TABLE n(x INTEGER)");
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO n VALUES (?)")) {
            conn.setAutoCommit(false);
            for (int i = 0; i < 1000; i++) {
                insert.setInt(1, i);
                insert.addBatch();
            }
            insert.executeBatch();
            conn.commit();
            conn.setAutoCommit(true);
        }
        try (Statement s = conn.createStatement()) {
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
                try {
                    TimeUnit.MILLISECONDS.sleep(300);
                    s.cancel();
                } catch (InterruptedException | SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            SQLException e = assertThrows(SQLException.class, () -> {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM n a, n b, n c")) {
                    rs.next();
                }
            });
            assertEquals("57014", e.getSQLState());
            canceller.get(10, TimeUnit.SECONDS);
        }
        assertEquals(1000L, count("n")); // the connection is still usable
    }

    @Test
    void queryTimeout() throws SQLException {
        exec("CREATE TABLE n(x INTEGER)");
        StringBuilder values = new StringBuilder("INSERT INTO n VALUES (0)");
        for (int i = 1; i < 1000; i++) {
            values.append(", (").append(i).append(')');
        }
        exec(values.toString());
        try (Statement s = conn.createStatement()) {
            s.setQueryTimeout(1);
            assertEquals(1, s.getQueryTimeout());
            long start = System.nanoTime();
            SQLException e = assertThrows(SQLException.class, () -> {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM n a, n b, n c")) {
                    rs.next();
                }
            });
            assertEquals("57014", e.getSQLState());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20));
        }
    }

    @Test
    void closeOnCompletion() throws SQLException {
        Statement s = conn.createStatement();
        s.closeOnCompletion();
        assertTrue(s.isCloseOnCompletion());
        ResultSet rs = s.executeQuery("SELECT 1");
        assertFalse(s.isClosed());
        rs.close();
        assertTrue(s.isClosed());
    }

    @Test
    void reExecutingClosesThePreviousResultSet() throws SQLException {
        try (Statement s = conn.createStatement()) {
            ResultSet first = s.executeQuery("SELECT 1");
            s.executeQuery("SELECT 2");
            assertTrue(first.isClosed());
        }
    }

    @Test
    void closedStatementAndConnection() throws SQLException {
        Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1");
        s.close();
        assertTrue(rs.isClosed());
        assertEquals("08003", sqlState(() -> s.executeQuery("SELECT 1")));
        Statement other = conn.createStatement();
        conn.close();
        assertTrue(other.isClosed());
        assertEquals("08003", sqlState(conn::createStatement));
        assertEquals("08003", sqlState(() -> other.execute("SELECT 1")));
    }

    @Test
    void forwardOnlyResultSetsRefuseToScroll() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
            assertEquals("24000", sqlState(rs::previous));
            assertEquals("24000", sqlState(rs::first));
        }
    }

    @Test
    void emptyAndParameterisedTextAreRejected() throws SQLException {
        try (Statement s = conn.createStatement()) {
            assertEquals("42000", sqlState(() -> s.execute("  ")));
            assertEquals("07001", sqlState(() -> s.execute("SELECT ?")));
        }
    }

    @Test
    void streamingLetsOtherStatementsRunOnTheSameConnection() throws SQLException {
        exec("CREATE TABLE t(x INTEGER)", "INSERT INTO t VALUES (1), (2), (3)", "CREATE TABLE log(x INTEGER)");
        List<Integer> seen = new ArrayList<>();
        try (Statement read = conn.createStatement(); Statement write = conn.createStatement();
             ResultSet rs = read.executeQuery("SELECT x FROM t ORDER BY x")) {
            while (rs.next()) {
                seen.add(rs.getInt(1));
                write.executeUpdate("INSERT INTO log VALUES (" + rs.getInt(1) + ")");
            }
        }
        assertEquals(List.of(1, 2, 3), seen);
        assertEquals(3L, count("log"));
    }
}
