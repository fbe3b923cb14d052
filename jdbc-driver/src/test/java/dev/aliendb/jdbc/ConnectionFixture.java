package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * Base of the end-to-end driver tests: a fresh private in-memory database per test, opened through
 * DriverManager.
 */
abstract class ConnectionFixture {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    Connection conn;
    String url;

    @BeforeEach
    void open() throws SQLException {
        url = "jdbc:alien:mem:test" + DATABASES.incrementAndGet();
        conn = DriverManager.getConnection(url);
    }

    @AfterEach
    void close() throws SQLException {
        if (conn != null) {
            conn.close();
        }
    }

    void exec(String... sql) throws SQLException {
        try (Statement s = conn.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        }
    }

    /** The single value of a one-row, one-column query. */
    Object scalar(String sql) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row from " + sql);
            }
            return rs.getObject(1);
        }
    }

    long count(String table) throws SQLException {
        return ((Number) scalar("SELECT COUNT(*) FROM " + table)).longValue();
    }

    static String sqlState(Executable call) {
        return assertThrows(SQLException.class, call).getSQLState();
    }
}
