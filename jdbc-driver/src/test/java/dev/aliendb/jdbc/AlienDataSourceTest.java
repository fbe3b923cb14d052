package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlienDataSourceTest extends ConnectionFixture {
    @TempDir
    Path dir;

    @Test
    void opensConnectionsToAFileThatPersist() throws SQLException {
        Path file = dir.resolve("ds.db");
        AlienDataSource ds = new AlienDataSource("jdbc:alien:" + file);
        ds.setProperty("journal_mode", "DELETE");
        try (Connection c = ds.getConnection("user", "ignored"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x INTEGER)");
            s.execute("INSERT INTO t VALUES (42)");
        }
        assertTrue(Files.exists(file));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT x FROM t")) {
            rs.next();
            assertEquals(42, rs.getInt(1));
        }
        assertTrue(ds.isWrapperFor(DataSource.class));
    }

    @Test
    void missingOrForeignUrl() {
        assertEquals("08001", sqlState(() -> new AlienDataSource().getConnection()));
        assertEquals("08001", sqlState(() -> new AlienDataSource("jdbc:h2:mem:x").getConnection()));
        AlienDataSource ds = new AlienDataSource("jdbc:alien:mem:x");
        ds.setProperty("nonsense", "1");
        assertEquals("08001", sqlState(ds::getConnection));
    }
}
