package dev.aliendb.engine.core;

import static dev.aliendb.engine.core.Fixtures.col;
import static dev.aliendb.engine.core.Fixtures.drain;
import static dev.aliendb.engine.core.Fixtures.insert;
import static dev.aliendb.engine.core.Fixtures.notNull;
import static dev.aliendb.engine.core.Fixtures.rowId;
import static dev.aliendb.engine.core.Fixtures.scan;
import static dev.aliendb.engine.core.Fixtures.statement;
import static dev.aliendb.engine.core.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableAccess;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** NOT NULL, PRIMARY KEY and UNIQUE enforcement with SQLite's messages, conflict actions, affinity on store. */
class ConstraintTest {
    private Session s;

    @BeforeEach
    void setUp() throws Exception {
        s = Fixtures.memory().openSession();
        // t(id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, n INTEGER, code TEXT, UNIQUE(n, code))
        s.createTable(table("t", 0, List.of(List.of(1), List.of(2, 3)),
                rowId("id", false), notNull("email", "TEXT"), col("n", "INTEGER"), col("code", "TEXT")));
    }

    @AfterEach
    void tearDown() throws Exception {
        s.close();
    }

    private long insertWith(ConflictAction action, Object... row) throws EngineException {
        return statement(s, true, () -> s.table("t").insert(row, action));
    }

    private static EngineException fails(String state, String message, Fixtures.Body<?> body) {
        EngineException e = assertThrows(EngineException.class, body::run);
        assertEquals(state, e.sqlState(), e.getMessage());
        assertEquals(message, e.getMessage());
        return e;
    }

    @Test
    void notNullViolationNamesTheColumn() {
        fails("23502", "NOT NULL constraint failed: t.email", () -> insert(s, "t", null, null, 1L, "a"));
    }

    @Test
    void uniqueAndRowIdConflictsUseSqliteMessages() throws Exception {
        assertEquals(1, insert(s, "t", null, "a@x", 1L, "k"));
        fails("23505", "UNIQUE constraint failed: t.email", () -> insert(s, "t", null, "a@x", 2L, "k"));
        fails("23505", "UNIQUE constraint failed: t.n, t.code", () -> insert(s, "t", null, "b@x", 1L, "k"));
        fails("23505", "UNIQUE constraint failed: t.id", () -> insert(s, "t", 1L, "c@x", 3L, "k"));
        assertEquals(1, scan(s, "t").size());
    }

    @Test
    void nullsNeverConflictInUniqueIndexes() throws Exception {
        insert(s, "t", null, "a", null, "k");
        insert(s, "t", null, "b", null, "k");
        insert(s, "t", null, "c", 5L, null);
        insert(s, "t", null, "d", 5L, null);
        assertEquals(4, scan(s, "t").size());
    }

    @Test
    void ignoreSkipsTheRowAndReplaceDeletesEveryConflictingRow() throws Exception {
        insert(s, "t", 1L, "a", 1L, "x");
        insert(s, "t", 2L, "b", 2L, "y");
        assertEquals(-1, insertWith(ConflictAction.IGNORE, null, "a", 9L, "z"));
        assertEquals(-1, insertWith(ConflictAction.IGNORE, null, null, 9L, "z"));
        assertEquals(7, insertWith(ConflictAction.REPLACE, 7L, "a", 2L, "y"));
        assertEquals(List.of(List.of(7L, "a", 2L, "y")), scan(s, "t"));
    }

    @Test
    void abortUndoesTheWholeStatementButFailKeepsEarlierRows() throws Exception {
        insert(s, "t", 1L, "a", 1L, "x");
        s.begin();
        EngineException abort = assertThrows(EngineException.class, () -> statement(s, true, () -> {
            TableAccess t = s.table("t");
            t.insert(new Object[] {null, "b", 2L, "x"}, ConflictAction.ABORT);
            return t.insert(new Object[] {null, "a", 3L, "x"}, ConflictAction.ABORT);
        }));
        assertEquals("23505", abort.sqlState());
        assertEquals(1, scan(s, "t").size());
        assertThrows(EngineException.class, () -> statement(s, true, () -> {
            TableAccess t = s.table("t");
            t.insert(new Object[] {null, "c", 2L, "x"}, ConflictAction.FAIL);
            return t.insert(new Object[] {null, "a", 3L, "x"}, ConflictAction.FAIL);
        }));
        assertEquals(2, scan(s, "t").size());
        s.commit();
        assertEquals(2, scan(s, "t").size());
    }

    @Test
    void rollbackConflictEndsTheTransaction() throws Exception {
        s.begin();
        insert(s, "t", 1L, "a", 1L, "x");
        assertThrows(EngineException.class, () -> insertWith(ConflictAction.ROLLBACK, null, "a", 2L, "x"));
        assertEquals(false, s.inTransaction());
        assertEquals(0, scan(s, "t").size());
    }

    @Test
    void affinityAppliesOnStore() throws Exception {
        long id = insert(s, "t", "12", "x", "0042", 17L);
        assertEquals(12, id);
        assertEquals(List.of(12L, "x", 42L, "17"), scan(s, "t").get(0));
        fails("22018", "datatype mismatch: t.id must be an integer", () -> insert(s, "t", "abc", "y", 1L, "q"));
    }

    @Test
    void updateMovesRowIdsAndKeepsIndexesInStep() throws Exception {
        insert(s, "t", 1L, "a", 1L, "x");
        insert(s, "t", 2L, "b", 2L, "x");
        statement(s, true, () -> {
            s.table("t").update(1, new Object[] {10L, "c", 1L, "x"}, ConflictAction.ABORT);
            return null;
        });
        assertNull(statement(s, false, () -> s.table("t").get(1)));
        assertArrayEquals(new Object[] {10L, "c", 1L, "x"}, statement(s, false, () -> s.table("t").get(10)));
        insert(s, "t", null, "a", 5L, "z"); // "a" is free again
        fails("23505", "UNIQUE constraint failed: t.email", () -> statement(s, true, () -> {
            s.table("t").update(2, new Object[] {2L, "c", 2L, "x"}, ConflictAction.ABORT);
            return null;
        }));
        fails("22018", "datatype mismatch: t.id cannot be set to NULL", () -> statement(s, true, () -> {
            s.table("t").update(2, new Object[] {null, "b", 2L, "x"}, ConflictAction.ABORT);
            return null;
        }));
        assertTrue(statement(s, true, () -> s.table("t").delete(2)));
        assertEquals(List.of(), s.database().integrityCheck());
    }

    @Test
    void updateWithReplaceDeletesTheRowsItWouldCollideWith() throws Exception {
        insert(s, "t", 1L, "a", 1L, "x");
        insert(s, "t", 2L, "b", 2L, "y");
        insert(s, "t", 3L, "c", 3L, "z");
        statement(s, true, () -> {
            s.table("t").update(1, new Object[] {3L, "b", 1L, "x"}, ConflictAction.REPLACE);
            return null;
        });
        assertEquals(List.of(List.of(3L, "b", 1L, "x")), scan(s, "t"));
        assertEquals(List.of(), s.database().integrityCheck());
    }

    @Test
    void replaceFillsANotNullColumnWithItsConstantDefault() throws Exception {
        s.createTable(table("d", -1, List.of(), new dev.aliendb.engine.ColumnDef("v", "INTEGER",
                dev.aliendb.engine.Affinity.INTEGER, true, "'42'", false, false), notNull("w", "TEXT")));
        statement(s, true, () -> s.table("d").insert(new Object[] {null, "x"}, ConflictAction.REPLACE));
        assertEquals(List.of(List.of(42L, "x")), scan(s, "d"));
        fails("23502", "NOT NULL constraint failed: d.w",
                () -> statement(s, true, () -> s.table("d").insert(new Object[] {1L, null}, ConflictAction.REPLACE)));
    }

    @Test
    void aUniqueKeyOnTheRowIdAliasNeedsNoIndex() throws Exception {
        s.createTable(table("r", 0, List.of(List.of(0)), rowId("id", false), col("v", "")));
        assertEquals(List.of(), s.catalog().indexesOf("r"));
        insert(s, "r", 1L, "a");
        fails("23505", "UNIQUE constraint failed: r.id", () -> insert(s, "r", 1L, "b"));
    }

    @Test
    void longIndexedValuesWork() throws Exception {
        String big = "x".repeat(20_000);
        insert(s, "t", 1L, big + "1", 1L, big);
        insert(s, "t", 2L, big + "2", 1L, big + "!");
        fails("23505", "UNIQUE constraint failed: t.email", () -> insert(s, "t", null, big + "1", 5L, "k"));
        assertEquals(2, scan(s, "t").size());
        assertEquals(List.of(), s.database().integrityCheck());
    }

    @Test
    void uniqueIndexOnDuplicatesFailsAndLeavesNothing() throws Exception {
        s.createTable(table("u", -1, List.of(), col("v", "TEXT")));
        insert(s, "u", "same");
        insert(s, "u", "same");
        IndexDef unique = new IndexDef("u_v", "u", List.of(0), List.of(false), true, "CREATE UNIQUE INDEX u_v ON u(v)", 0);
        fails("23505", "UNIQUE constraint failed: u.v", () -> {
            s.createIndex(unique, false);
            return null;
        });
        assertNull(s.catalog().index("u_v"));
        s.createIndex(new IndexDef("u_v", "u", List.of(0), List.of(false), false, "CREATE INDEX u_v ON u(v)", 0), false);
        assertEquals(1, s.catalog().indexesOf("U").size());
        assertEquals(List.of(), s.database().integrityCheck());
    }

    @Test
    void indexBuiltFromUnsortedRowsIsOrderedAndUniqueOnlyWhereValuesRepeat() throws Exception {
        s.createTable(table("m", -1, List.of(), col("a", "INTEGER"), col("b", "TEXT")));
        for (long i = 0; i < 3000; i++) {
            insert(s, "m", (i * 7919) % 1000, i % 3 == 0 ? null : "v" + i);
        }
        insert(s, "m", 5L, null); // a NULL in b never conflicts, even with (5, NULL) already present
        s.createIndex(new IndexDef("m_ab", "m", List.of(0, 1), List.of(false, false), true,
                "CREATE UNIQUE INDEX m_ab ON m(a, b)", 0), false);
        List<List<Object>> byIndex = statement(s, false,
                () -> drain(s.table("m").indexRange("m_ab", null, true, null, true)));
        assertEquals(3001, byIndex.size());
        for (int i = 1; i < byIndex.size(); i++) {
            assertTrue((Long) byIndex.get(i - 1).get(0) <= (Long) byIndex.get(i).get(0), "index order at " + i);
        }
        insert(s, "m", 1L, "dup");
        insert(s, "m", 1L, "dup2");
        fails("23505", "UNIQUE constraint failed: m.a", () -> {
            s.createIndex(new IndexDef("m_a", "m", List.of(0), List.of(false), true, "CREATE UNIQUE INDEX m_a ON m(a)", 0), false);
            return null;
        });
        assertEquals(List.of(), s.database().integrityCheck());
    }
}
