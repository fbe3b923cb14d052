package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PRAGMA journal_mode between two connections of one file: refused while the other holds a transaction. */
class JournalModeSwitchTest {
    @TempDir
    Path dir;

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void assertRefused(Connection c, String mode) {
        SQLException e = assertThrows(SQLException.class, () -> query(c, "PRAGMA journal_mode=" + mode));
        assertEquals("55006", e.getSQLState());
        assertTrue(e.getMessage().contains("cannot change journal_mode while other connections have open transactions"),
                e.getMessage());
    }

    @Test
    void otherConnectionsReadOrWriteTransactionBlocksTheSwitch() throws SQLException {
        String url = "jdbc:alien:" + dir.resolve("m.db") + "?journal_mode=delete";
        try (Connection a = DriverManager.getConnection(url); Connection b = DriverManager.getConnection(url)) {
            try (Statement s = a.createStatement()) {
                s.execute("CREATE TABLE t(x INTEGER)");
                s.execute("INSERT INTO t VALUES (1)");
            }
            b.setAutoCommit(false);
            assertEquals("1", query(b, "SELECT COUNT(*) FROM t"), "b now holds a read transaction");
            assertRefused(a, "wal");
            b.commit();
            try (Statement s = b.createStatement()) {
                s.execute("INSERT INTO t VALUES (2)");
            }
            assertRefused(a, "wal");
            b.rollback();
            assertEquals("1", query(a, "SELECT COUNT(*) FROM t"), "a's own autocommit statement does not count");
            assertEquals("wal", query(a, "PRAGMA journal_mode=wal"));
            assertEquals("wal", query(b, "PRAGMA journal_mode"));
            b.setAutoCommit(true);
            assertEquals("delete", query(b, "PRAGMA journal_mode=delete"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:alien:" + dir.resolve("m.db"))) {
            assertEquals("delete", query(c, "PRAGMA journal_mode"), "the mode is in the file header");
            assertEquals("1", query(c, "SELECT COUNT(*) FROM t"));
        }
    }
}
