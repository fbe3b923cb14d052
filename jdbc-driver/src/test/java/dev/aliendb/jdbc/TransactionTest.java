package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class TransactionTest extends ConnectionFixture {
    @Test
    void autocommitIsOnByDefaultAndCommitsEachStatement() throws SQLException {
        assertTrue(conn.getAutoCommit());
        exec("CREATE TABLE t(x INTEGER)", "INSERT INTO t VALUES (1)");
        try (Connection other = DriverManager.getConnection(url); Statement s = other.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void rollbackDiscardsAndCommitKeeps() throws SQLException {
        exec("CREATE TABLE t(x INTEGER)");
        conn.setAutoCommit(false);
        exec("INSERT INTO t VALUES (1)");
        conn.rollback();
        assertEquals(0L, count("t"));
        exec("INSERT INTO t VALUES (2)");
        conn.commit();
        conn.rollback();
        assertEquals(1L, count("t"));
    }

    @Test
    void uncommittedWorkIsInvisibleToOtherConnections() throws SQLException {
        exec("CREATE TABLE t(x INTEGER)");
        conn.setAutoCommit(false);
        exec("INSERT INTO t VALUES (1)");
        try (Connection other = DriverManager.getConnection(url); Statement s = other.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        conn.commit();
    }

    @Test
    void savepoints() throws SQLException {
        exec("CREATE TABLE t(x INTEGER)");
        conn.setAutoCommit(false);
        exec("INSERT INTO t VALUES (1)");
        Savepoint named = conn.setSavepoint("first");
        assertEquals("first", named.getSavepointName());
        assertEquals("HY024", sqlState(named::getSavepointId));
        exec("INSERT INTO t VALUES (2)");
        Savepoint unnamed = conn.setSavepoint();
        assertTrue(unnamed.getSavepointId() > 0);
        assertEquals("HY024", sqlState(unnamed::getSavepointName));
        exec("INSERT INTO t VALUES (3)");
        conn.rollback(unnamed);
        assertEquals(2L, count("t"));
        conn.rollback(named);
        assertEquals(1L, count("t"));
        Savepoint again = conn.setSavepoint("again");
        exec("INSERT INTO t VALUES (4)");
        conn.releaseSavepoint(again);
        conn.commit();
        assertEquals(2L, count("t"));
    }

    @Test
    void savepointsNeedATransaction() {
        assertEquals("25000", sqlState(conn::setSavepoint));
    }

    @Test
    void isolationLevels() throws SQLException {
        for (int level : new int[] {Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ,
            Connection.TRANSACTION_SERIALIZABLE}) {
            conn.setTransactionIsolation(level);
            assertEquals(level, conn.getTransactionIsolation());
            assertTrue(conn.getMetaData().supportsTransactionIsolationLevel(level));
        }
        conn.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
        assertEquals(Connection.TRANSACTION_READ_COMMITTED, conn.getTransactionIsolation());
        assertEquals("HY024", sqlState(() -> conn.setTransactionIsolation(Connection.TRANSACTION_NONE)));
    }

    @Test
    void closingRollsBackOpenWork() throws SQLException {
        exec("CREATE TABLE t(x INTEGER)");
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO t VALUES (1)");
            }
        }
        assertEquals(0L, count("t"));
    }

    @Test
    void connectionProperties() throws SQLException {
        assertTrue(conn.isValid(1));
        assertEquals("HY024", sqlState(() -> conn.isValid(-1)));
        assertEquals("SELECT 1", conn.nativeSQL("SELECT 1"));
        conn.setReadOnly(true);
        assertTrue(conn.isReadOnly());
        conn.setReadOnly(false);
        conn.setClientInfo("ApplicationName", "tests");
        assertEquals("tests", conn.getClientInfo("ApplicationName"));
        conn.setSchema("ignored");
        conn.setCatalog("ignored");
        assertEquals(null, conn.getSchema());
        conn.setNetworkTimeout(null, 1000);
        assertEquals(1000, conn.getNetworkTimeout());
        assertEquals(ResultSet.CLOSE_CURSORS_AT_COMMIT, conn.getHoldability());
        assertTrue(conn.isWrapperFor(Connection.class));
        assertNotNull(conn.unwrap(AlienConnection.class));
        assertEquals("0A000", sqlState(conn::createBlob));
        assertEquals("0A000", sqlState(() -> conn.prepareCall("CALL x()")));
    }

    @Test
    void unsupportedResultSetKindsAreDowngradedWithAWarning() throws SQLException {
        try (Statement s = conn.createStatement(ResultSet.TYPE_SCROLL_SENSITIVE, ResultSet.CONCUR_UPDATABLE)) {
            assertEquals(ResultSet.TYPE_SCROLL_INSENSITIVE, s.getResultSetType());
            assertEquals(ResultSet.CONCUR_READ_ONLY, s.getResultSetConcurrency());
            assertNotNull(conn.getWarnings());
            conn.clearWarnings();
            assertEquals(null, conn.getWarnings());
        }
    }

    @Test
    void commitClosesOpenResultSets() throws SQLException {
        exec("CREATE TABLE t(x INTEGER)", "INSERT INTO t VALUES (1), (2)");
        conn.setAutoCommit(false);
        try (Statement s = conn.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT x FROM t");
            assertTrue(rs.next());
            conn.commit();
            assertTrue(rs.isClosed());
        }
    }

    @Test
    void abortClosesTheConnection() throws Exception {
        Connection c = DriverManager.getConnection(url);
        var executor = Executors.newSingleThreadExecutor();
        c.abort(executor);
        executor.shutdown();
        assertTrue(executor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(c.isClosed());
        assertFalse(c.isValid(0));
        assertThrows(SQLException.class, c::createStatement);
    }
}
