package dev.aliendb.engine.core;

import static dev.aliendb.engine.core.Fixtures.col;
import static dev.aliendb.engine.core.Fixtures.insert;
import static dev.aliendb.engine.core.Fixtures.rowId;
import static dev.aliendb.engine.core.Fixtures.statement;
import static dev.aliendb.engine.core.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row id assignment: max + 1, and with AUTOINCREMENT never an id used before (even after deletes or rollback of later rows). */
class AutoIncrementTest {

    @Test
    void plainRowIdsReuseTheTopAfterDelete() throws Exception {
        try (Session s = Fixtures.memory().openSession()) {
            s.createTable(table("p", 0, List.of(), rowId("id", false), col("v", "TEXT")));
            assertEquals(1, insert(s, "p", null, "a"));
            assertEquals(2, insert(s, "p", null, "b"));
            statement(s, true, () -> s.table("p").delete(2));
            assertEquals(2, insert(s, "p", null, "c"));
            assertEquals(100, insert(s, "p", 100L, "d"));
            assertEquals(101, insert(s, "p", null, "e"));
        }
    }

    @Test
    void autoIncrementNeverReusesIds() throws Exception {
        try (Session s = Fixtures.memory().openSession()) {
            s.createTable(table("q", 0, List.of(), rowId("id", true), col("v", "TEXT")));
            assertEquals(1, insert(s, "q", null, "a"));
            assertEquals(50, insert(s, "q", 50L, "b"));
            statement(s, true, () -> s.table("q").delete(50));
            assertEquals(51, insert(s, "q", null, "c"));
            statement(s, true, () -> s.table("q").delete(51) && s.table("q").delete(1));
            assertEquals(52, insert(s, "q", null, "d"));
        }
    }

    @Test
    void droppingTheTableForgetsItsSequenceAndFreesItsPages() throws Exception {
        try (Session s = Fixtures.memory().openSession()) {
            s.createTable(table("q", 0, List.of(List.of(1)), rowId("id", true), col("v", "TEXT")));
            for (int i = 0; i < 500; i++) {
                insert(s, "q", null, "value " + i);
            }
            s.dropTable("q", false);
            assertEquals(List.of(), s.database().integrityCheck());
            s.createTable(table("q", 0, List.of(), rowId("id", true), col("v", "TEXT")));
            assertEquals(1, insert(s, "q", null, "again"));
        }
    }

    @Test
    void afterTheLargestRowIdPlainTablesPickAFreeOneAndAutoIncrementIsFull() throws Exception {
        try (Session s = Fixtures.memory().openSession()) {
            s.createTable(table("p", 0, List.of(), rowId("id", false), col("v", "TEXT")));
            s.createTable(table("q", 0, List.of(), rowId("id", true), col("v", "TEXT")));
            insert(s, "p", Long.MAX_VALUE, "top");
            long id = insert(s, "p", null, "anywhere");
            assertEquals(true, id > 0 && id < Long.MAX_VALUE);
            insert(s, "q", Long.MAX_VALUE, "top");
            EngineException full = org.junit.jupiter.api.Assertions.assertThrows(EngineException.class,
                    () -> insert(s, "q", null, "none left"));
            assertEquals("53100", full.sqlState());
        }
    }

    @Test
    void tablesWithoutAliasStillGetRowIds() throws Exception {
        try (Session s = Fixtures.memory().openSession()) {
            s.createTable(table("n", -1, List.of(), col("v", "TEXT")));
            assertEquals(1, insert(s, "n", "a"));
            assertEquals(2, insert(s, "n", "b"));
            assertEquals(List.of(List.of("a"), List.of("b")), Fixtures.scan(s, "n"));
        }
    }
}
