package dev.aliendb.engine.core;

import static dev.aliendb.engine.core.Fixtures.col;
import static dev.aliendb.engine.core.Fixtures.insert;
import static dev.aliendb.engine.core.Fixtures.scan;
import static dev.aliendb.engine.core.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aliendb.engine.Database;
import dev.aliendb.engine.Databases;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.Session;
import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.SyncMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening databases: sharing per canonical path, in-memory lifetime, options, user_version. */
class DatabasesTest {
    @TempDir
    Path dir;

    @Test
    void samePathSharesOneDatabaseUntilTheLastSessionCloses() throws Exception {
        String path = dir.resolve("shared.db").toString();
        Database first = Databases.open(path, Map.of());
        Session s1 = first.openSession();
        assertSame(first, Databases.open(dir.resolve("./x/../shared.db").toString(), Map.of()));
        Session s2 = first.openSession();
        s1.close();
        s2.createTable(table("t", -1, List.of(), col("v", "")));
        s2.close();
        Database reopened = Databases.open(path, Map.of());
        assertNotSame(first, reopened);
        try (Session s = reopened.openSession()) {
            assertEquals(1, s.catalog().tables().size());
        }
    }

    @Test
    void namedMemoryDatabaseLivesWhileASessionIsOpen() throws Exception {
        Session s1 = Databases.open("mem:life", Map.of()).openSession();
        s1.createTable(table("t", -1, List.of(), col("v", "")));
        insert(s1, "t", 1L);
        try (Session s2 = Databases.open("mem:life", Map.of()).openSession()) {
            assertEquals(1, scan(s2, "t").size());
        }
        int open = DatabaseRegistry.openCount();
        s1.close();
        assertEquals(open - 1, DatabaseRegistry.openCount());
        try (Session s3 = Databases.open("mem:life", Map.of()).openSession()) {
            assertEquals(0, s3.catalog().tables().size());
        }
    }

    @Test
    void anUnnamedMemoryDatabaseIsPrivate() throws Exception {
        try (Session s1 = Databases.open("mem:", Map.of()).openSession();
             Session s2 = Databases.open("mem:", Map.of()).openSession()) {
            s1.createTable(table("t", -1, List.of(), col("v", "")));
            assertEquals(0, s2.catalog().tables().size());
        }
    }

    @Test
    void optionsReachTheStore() throws Exception {
        Database db = Databases.open(dir.resolve("opts.db").toString(), Map.of("JOURNAL_MODE", "truncate",
                "synchronous", "1", "cache_size", "-64", "page_size", "1024", "busy_timeout", "10"));
        try (Session s = db.openSession()) {
            assertEquals(JournalMode.TRUNCATE, db.store().stats().journalMode());
            assertEquals(SyncMode.NORMAL, db.store().stats().syncMode());
            assertEquals(1024, db.store().stats().pageSize());
            assertEquals(64, db.store().stats().cacheSizePages());
            s.catalog();
        }
    }

    @Test
    void explicitJournalModeSwitchesAnExistingFile() throws Exception {
        String path = dir.resolve("jm.db").toString();
        try (Session s = Databases.open(path, Map.of()).openSession()) {
            assertEquals(JournalMode.WAL, s.database().store().stats().journalMode(), "new files default to WAL");
        }
        try (Session s = Databases.open("mem:jm", Map.of()).openSession()) {
            assertEquals(JournalMode.DELETE, s.database().store().stats().journalMode(), "in-memory ones do not");
        }
        try (Session s = Databases.open(path, Map.of("journal_mode", "PERSIST")).openSession()) {
            assertEquals(JournalMode.PERSIST, s.database().store().stats().journalMode());
        }
        try (Session s = Databases.open(path, Map.of()).openSession()) {
            assertEquals(JournalMode.PERSIST, s.database().store().stats().journalMode());
        }
    }

    @Test
    void walDatabasesKeepTheirData() throws Exception {
        String path = dir.resolve("wal.db").toString();
        try (Session s = Databases.open(path, Map.of("journal_mode", "wal")).openSession()) {
            assertEquals(JournalMode.WAL, s.database().store().stats().journalMode());
            s.createTable(table("t", -1, List.of(), col("v", "")));
            insert(s, "t", 1L);
        }
        try (Session s = Databases.open(path, Map.of()).openSession()) {
            assertEquals(1, scan(s, "t").size());
            assertEquals(List.of(), s.database().integrityCheck());
        }
    }

    @Test
    void badOptionsAreRejectedWithTheirName() {
        EngineException e = assertThrows(EngineException.class,
                () -> Databases.open(dir.resolve("bad.db").toString(), Map.of("page_size", "1000")));
        assertEquals("HY024", e.sqlState());
        assertEquals("invalid value for option page_size: 1000", e.getMessage());
        assertEquals("invalid value for option journal_mode: fast", assertThrows(EngineException.class,
                () -> Databases.open("mem:bad", Map.of("journal_mode", "fast"))).getMessage());
        assertEquals("unknown option: colour", assertThrows(EngineException.class,
                () -> Databases.open("mem:bad", Map.of("colour", "blue"))).getMessage());
    }

    @Test
    void readOnlyRefusesWritesAndCreateFalseRefusesMissingFiles() throws Exception {
        String path = dir.resolve("ro.db").toString();
        assertThrows(EngineException.class, () -> Databases.open(path, Map.of("create", "false")));
        try (Session s = Databases.open(path, Map.of()).openSession()) {
            s.createTable(table("t", -1, List.of(), col("v", "")));
        }
        try (Session s = Databases.open(path, Map.of("read_only", "true")).openSession()) {
            assertEquals(0, scan(s, "t").size());
            assertThrows(EngineException.class, () -> insert(s, "t", 1L));
        }
    }

    @Test
    void userVersionPersists() throws Exception {
        String path = dir.resolve("uv.db").toString();
        try (Session s = Databases.open(path, Map.of()).openSession()) {
            assertEquals(0, s.database().userVersion());
            s.database().setUserVersion(42);
        }
        try (Session s = Databases.open(path, Map.of()).openSession()) {
            assertEquals(42, s.database().userVersion());
        }
    }
}
