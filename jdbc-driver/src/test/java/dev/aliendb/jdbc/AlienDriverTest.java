package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class AlienDriverTest {
    @Test
    void registeredWithDriverManagerAndServiceLoader() throws SQLException {
        assertInstanceOf(AlienDriver.class, DriverManager.getDriver("jdbc:alien:mem:x"));
        assertTrue(ServiceLoader.load(Driver.class).stream().anyMatch(p -> p.type() == AlienDriver.class));
    }

    @Test
    void foreignUrlsAreDeclined() throws SQLException {
        AlienDriver driver = new AlienDriver();
        assertFalse(driver.acceptsURL("jdbc:postgresql://x/y"));
        assertNull(driver.connect("jdbc:postgresql://x/y", new Properties()));
    }

    @Test
    void propertyInfoListsEveryOptionWithGivenValues() throws SQLException {
        DriverPropertyInfo[] info = new AlienDriver().getPropertyInfo("jdbc:alien:a.db?journal_mode=WAL", null);
        assertEquals(ConnectionConfig.OPTIONS.keySet(),
                new java.util.LinkedHashSet<>(Arrays.stream(info).map(p -> p.name).toList()));
        DriverPropertyInfo journal = Arrays.stream(info).filter(p -> p.name.equals("journal_mode")).findFirst()
                .orElseThrow();
        assertEquals("WAL", journal.value);
        assertTrue(Arrays.stream(info).allMatch(p -> p.description != null && !p.required));
    }

    @Test
    void versionComesFromThePom() {
        assertTrue(DriverVersion.VERSION.matches("\\d+\\.\\d+\\.\\d+.*"), DriverVersion.VERSION);
        AlienDriver driver = new AlienDriver();
        assertEquals(DriverVersion.MAJOR, driver.getMajorVersion());
        assertEquals(DriverVersion.MINOR, driver.getMinorVersion());
        assertFalse(driver.jdbcCompliant());
    }

    @Test
    void unknownOptionFailsTheConnectionWithItsName() {
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:alien:mem:x?bogus=1"));
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("bogus"));
    }
}
