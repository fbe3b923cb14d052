package dev.aliendb.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {
    @TempDir
    Path dir;

    @Test
    void runsAgainstAFreshDatabaseFileTwice() throws SQLException {
        Path file = dir.resolve("quickstart.db");
        QuickStart.main(new String[] {file.toString()});
        assertTrue(Files.exists(file));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.run("jdbc:alien:" + file, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(String.join(System.lineSeparator(),
                "inserted 8 planets",
                "planets with at least 100 moons: Saturn(146)",
                "planets with at least 20 moons: Saturn(146) Jupiter(95) Uranus(28)",
                "after rollback: 8 planets, 288 moons",
                "duplicate rejected: SQLSTATE 23505", ""), bytes.toString(StandardCharsets.UTF_8));
    }
}
