package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConnectionConfigTest {
    @Test
    void filePathWithoutOptions() throws SQLException {
        ConnectionConfig c = ConnectionConfig.parse("jdbc:alien:data/test.db", null);
        assertEquals("data/test.db", c.path());
        assertEquals(Map.of(), c.options());
        assertFalse(c.inMemory());
    }

    @Test
    void absolutePathAndOptions() throws SQLException {
        ConnectionConfig c = ConnectionConfig.parse(
                "jdbc:alien:/tmp/x.db?journal_mode=WAL&synchronous=normal&cache_size=-2000", new Properties());
        assertEquals("/tmp/x.db", c.path());
        assertEquals(Map.of("journal_mode", "WAL", "synchronous", "normal", "cache_size", "-2000"), c.options());
    }

    @Test
    void namedMemoryDatabase() throws SQLException {
        ConnectionConfig c = ConnectionConfig.parse("jdbc:alien:mem:shared?page_size=8192", null);
        assertEquals("mem:shared", c.path());
        assertTrue(c.inMemory());
        assertEquals("8192", c.options().get("page_size"));
    }

    @Test
    void anonymousMemoryDatabasesArePrivate() throws SQLException {
        ConnectionConfig a = ConnectionConfig.parse("jdbc:alien:mem:", null);
        ConnectionConfig b = ConnectionConfig.parse("jdbc:alien:mem:", null);
        assertTrue(a.inMemory());
        assertNotEquals(a.path(), b.path());
    }

    @Test
    void propertiesOverrideUrlOptionsAndKeysAreCaseInsensitive() throws SQLException {
        Properties p = new Properties();
        p.setProperty("JOURNAL_MODE", "delete");
        p.setProperty("busy_timeout", "5000");
        ConnectionConfig c = ConnectionConfig.parse("jdbc:alien:a.db?journal_mode=wal&Read_Only=true", p);
        assertEquals("delete", c.options().get("journal_mode"));
        assertEquals("5000", c.options().get("busy_timeout"));
        assertTrue(c.readOnly());
    }

    @Test
    void userAndPasswordAreIgnored() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", "");
        assertEquals(Map.of(), ConnectionConfig.parse("jdbc:alien:a.db", p).options());
    }

    @Test
    void percentEncodedValuesAreDecoded() throws SQLException {
        assertEquals("my db.db", ConnectionConfig.parse("jdbc:alien:my db.db?create=tr%75e", null).path());
        assertEquals("true", ConnectionConfig.parse("jdbc:alien:a.db?create=tr%75e", null).options().get("create"));
    }

    @Test
    void unknownOptionIsRejectedByName() {
        SQLException e = assertThrows(SQLException.class,
                () -> ConnectionConfig.parse("jdbc:alien:a.db?jounral_mode=wal", null));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("jounral_mode"), e.getMessage());
        Properties p = new Properties();
        p.setProperty("cachesize", "1");
        assertThrows(SQLException.class, () -> ConnectionConfig.parse("jdbc:alien:a.db", p));
    }

    @Test
    void malformedUrls() {
        assertEquals("08001", assertThrows(SQLException.class,
                () -> ConnectionConfig.parse("jdbc:alien:", null)).getSQLState());
        assertEquals("08001", assertThrows(SQLException.class,
                () -> ConnectionConfig.parse("jdbc:alien:a.db?journal_mode", null)).getSQLState());
        assertEquals("08001", assertThrows(SQLException.class,
                () -> ConnectionConfig.parse("jdbc:sqlite:a.db", null)).getSQLState());
        assertEquals("08001", assertThrows(SQLException.class,
                () -> ConnectionConfig.parse("jdbc:alien:a.db?create=%zz", null)).getSQLState());
    }

    @Test
    void acceptsOnlyOurPrefix() {
        assertTrue(ConnectionConfig.accepts("jdbc:alien:x"));
        assertTrue(ConnectionConfig.accepts("JDBC:ALIEN:x"));
        assertFalse(ConnectionConfig.accepts("jdbc:h2:mem:x"));
        assertFalse(ConnectionConfig.accepts(null));
    }
}
