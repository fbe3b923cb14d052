package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Every failure reaches the application as an SQLException with the right SQLSTATE. */
class ErrorStatesTest extends ConnectionFixture {
    @Test
    void syntaxError() {
        assertEquals("42000", sqlState(() -> exec("SELEC 1")));
    }

    @Test
    void unknownTableAndColumn() throws SQLException {
        assertEquals("42S02", sqlState(() -> exec("SELECT * FROM missing")));
        exec("CREATE TABLE t(a INTEGER)");
        SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> exec("SELECT nope FROM t"));
        assertEquals("42S22", e.getSQLState());
        assertTrue(e.getMessage().toLowerCase().contains("nope"), e.getMessage());
    }

    @Test
    void constraintViolations() throws SQLException {
        exec("CREATE TABLE t(id INTEGER PRIMARY KEY, code TEXT UNIQUE, name TEXT NOT NULL)",
                "INSERT INTO t VALUES (1, 'a', 'x')");
        assertEquals("23505", sqlState(() -> exec("INSERT INTO t VALUES (1, 'b', 'y')")));
        assertEquals("23505", sqlState(() -> exec("INSERT INTO t VALUES (2, 'a', 'y')")));
        assertEquals("23502", sqlState(() -> exec("INSERT INTO t VALUES (3, 'c', NULL)")));
        assertEquals(1L, count("t"));
    }

    @Test
    void wrongParameterCount() throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT ? + ?")) {
            p.setInt(1, 1);
            assertEquals("07001", sqlState(p::executeQuery));
        }
    }

    @Test
    void closedConnection() throws SQLException {
        Statement s = conn.createStatement();
        conn.close();
        assertEquals("08003", sqlState(() -> conn.prepareStatement("SELECT 1")));
        assertEquals("08003", sqlState(conn::commit));
        assertEquals("08003", sqlState(() -> s.executeQuery("SELECT 1")));
        assertEquals("08003", sqlState(conn::getMetaData));
    }

    @Test
    void typeMismatchOnGetter() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT 'abc'")) {
            rs.next();
            assertEquals("22018", sqlState(() -> rs.getInt(1)));
            assertEquals("abc", rs.getString(1));
        }
    }

    @Test
    void theConnectionStaysUsableAfterErrors() throws SQLException {
        assertEquals("42S02", sqlState(() -> exec("INSERT INTO missing VALUES (1)")));
        assertEquals(1, ((Number) scalar("SELECT 1")).intValue());
    }
}
