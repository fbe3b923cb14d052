package dev.aliendb.engine.core;

import static dev.aliendb.engine.core.Fixtures.col;
import static dev.aliendb.engine.core.Fixtures.insert;
import static dev.aliendb.engine.core.Fixtures.scan;
import static dev.aliendb.engine.core.Fixtures.statement;
import static dev.aliendb.engine.core.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.engine.Database;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.Isolation;
import dev.aliendb.engine.RowCursor;
import dev.aliendb.engine.Session;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transactions, savepoints, statement atomicity, snapshot isolation, write conflicts and busy. */
class TransactionTest {
    private Database db;
    private Session a;
    private Session b;

    @BeforeEach
    void setUp() throws Exception {
        db = Fixtures.memory();
        a = db.openSession();
        b = db.openSession();
        a.createTable(table("t", -1, List.of(), col("v", "INTEGER")));
    }

    @AfterEach
    void tearDown() throws Exception {
        a.close();
        b.close();
    }

    private static int count(Session s) throws EngineException {
        return scan(s, "t").size();
    }

    @Test
    void commitAndRollbackOutsideATransactionFailLikeSqlite() {
        EngineException c = assertThrows(EngineException.class, a::commit);
        assertEquals("25000", c.sqlState());
        assertEquals("cannot commit - no transaction is active", c.getMessage());
        EngineException r = assertThrows(EngineException.class, a::rollback);
        assertEquals("cannot rollback - no transaction is active", r.getMessage());
    }

    @Test
    void beginInsideATransactionFails() throws Exception {
        a.begin();
        assertEquals("25001", assertThrows(EngineException.class, a::begin).sqlState());
        a.rollback();
    }

    @Test
    void rollbackUndoesAndCommitPublishes() throws Exception {
        a.begin();
        insert(a, "t", 1L);
        assertEquals(1, count(a));
        assertEquals(0, count(b));
        a.rollback();
        assertEquals(0, count(a));
        a.begin();
        insert(a, "t", 2L);
        a.commit();
        assertEquals(1, count(b));
    }

    @Test
    void autocommitOffKeepsOneTransactionUntilCommit() throws Exception {
        a.setAutoCommit(false);
        insert(a, "t", 1L);
        assertTrue(a.inTransaction());
        assertEquals(0, count(b));
        a.setAutoCommit(true);
        assertFalse(a.inTransaction());
        assertEquals(1, count(b));
    }

    @Test
    void failedStatementUndoesOnlyItselfInsideATransaction() throws Exception {
        a.begin();
        insert(a, "t", 1L);
        assertThrows(IllegalStateException.class, () -> statement(a, true, () -> {
            a.table("t").insert(new Object[] {2L}, dev.aliendb.engine.ConflictAction.ABORT);
            throw new IllegalStateException("statement fails after writing");
        }));
        assertTrue(a.inTransaction());
        assertEquals(List.of(List.of(1L)), scan(a, "t"));
        a.commit();
    }

    @Test
    void savepointsNestAndReleaseOfTheOutermostCommits() throws Exception {
        a.savepoint("one");
        assertTrue(a.inTransaction());
        insert(a, "t", 1L);
        a.savepoint("two");
        insert(a, "t", 2L);
        a.savepoint("THREE");
        insert(a, "t", 3L);
        a.rollbackToSavepoint("two");
        assertEquals(1, count(a));
        insert(a, "t", 4L);
        a.releaseSavepoint("Two");
        assertEquals(2, count(a));
        assertEquals("3B001", assertThrows(EngineException.class, () -> a.rollbackToSavepoint("three")).sqlState());
        assertEquals(0, count(b));
        a.releaseSavepoint("one");
        assertFalse(a.inTransaction());
        assertEquals(2, count(b));
    }

    @Test
    void releasingASavepointWithAutocommitOffDoesNotCommit() throws Exception {
        a.setAutoCommit(false);
        a.savepoint("s");
        insert(a, "t", 1L);
        a.releaseSavepoint("s");
        assertTrue(a.inTransaction());
        assertEquals(0, count(b));
        a.commit();
        assertEquals(1, count(b));
    }

    @Test
    void savepointTakenBeforeAnyWriteRollsBackToTheStart() throws Exception {
        a.begin();
        a.savepoint("s");
        insert(a, "t", 1L);
        a.rollbackToSavepoint("s");
        assertEquals(0, count(a));
        a.releaseSavepoint("s");
        assertTrue(a.inTransaction());
        a.commit();
    }

    @Test
    void readerKeepsItsSnapshotWhileAWriterCommits() throws Exception {
        insert(a, "t", 1L);
        b.begin();
        assertEquals(1, count(b));
        insert(a, "t", 2L);
        assertEquals(1, count(b), "repeatable read keeps the first snapshot");
        b.commit();
        assertEquals(2, count(b));
    }

    @Test
    void readCommittedSeesEachCommitAtTheNextStatement() throws Exception {
        b.setIsolation(Isolation.READ_COMMITTED);
        b.begin();
        assertEquals(0, count(b));
        insert(a, "t", 1L);
        a.createTable(table("u", -1, List.of(), col("w", "")));
        assertEquals(2, b.catalog().tables().size(), "between statements the catalog is the latest");
        assertEquals(1, count(b));
        insert(b, "t", 2L);
        b.commit();
        assertEquals(2, count(a));
    }

    @Test
    void writingFromAStaleSnapshotIsASerializationConflict() throws Exception {
        b.begin();
        assertEquals(0, count(b));
        insert(a, "t", 1L);
        EngineException e = assertThrows(EngineException.class, () -> insert(b, "t", 2L));
        assertEquals("40001", e.sqlState());
        assertTrue(e.getMessage().contains("conflict"), e.getMessage());
        b.rollback();
        insert(b, "t", 2L);
        assertEquals(2, count(a));
    }

    @Test
    void secondWriterIsBusy() throws Exception {
        a.begin();
        insert(a, "t", 1L);
        long start = System.nanoTime();
        EngineException e = assertThrows(EngineException.class, () -> insert(b, "t", 2L));
        assertEquals("40001", e.sqlState());
        assertTrue(System.nanoTime() - start >= 150_000_000L, "waited for the busy timeout");
        a.commit();
        insert(b, "t", 2L);
        assertEquals(2, count(a));
    }

    @Test
    void ownWritesAreVisibleToAnOpenCursor() throws Exception {
        for (long i = 0; i < 5; i++) {
            insert(a, "t", i);
        }
        a.begin();
        a.beginStatement(true);
        int seen = 0;
        try (RowCursor c = a.table("t").scan()) {
            while (c.next()) {
                seen++;
                if (c.rowId() % 2 == 1) {
                    a.table("t").delete(c.rowId() + 1);
                }
            }
        }
        a.endStatement(true);
        a.commit();
        assertEquals(3, seen);
        assertEquals(3, count(b));
    }

    @Test
    void readingARowThatIsGoneIsAStateError() throws Exception {
        insert(a, "t", 10L);
        insert(a, "t", 20L);
        a.beginStatement(true);
        try (RowCursor c = a.table("t").scan()) {
            assertTrue(c.next());
            a.table("t").delete(c.rowId());
            assertEquals("24000", assertThrows(EngineException.class, c::row).sqlState());
            assertTrue(c.next());
            assertEquals(20L, c.row()[0]);
            assertFalse(c.next());
            assertEquals("24000", assertThrows(EngineException.class, c::row).sqlState());
        }
        a.endStatement(true);
    }

    @Test
    void userVersionFollowsTheSessionsTransaction() throws Exception {
        a.begin();
        insert(a, "t", 1L);
        a.setUserVersion(7);
        assertEquals(7, a.userVersion());
        assertEquals(0, b.userVersion());
        a.rollback();
        assertEquals(0, a.userVersion());
        a.setUserVersion(9);
        assertEquals(9, b.userVersion());
        assertEquals(9, db.userVersion());
    }

    @Test
    void ddlIsTransactionalAndItsCatalogPrivateUntilCommit() throws Exception {
        long before = a.catalog().version();
        a.begin();
        a.createTable(table("u", -1, List.of(), col("w", "")));
        a.savepoint("s");
        a.dropTable("t", false);
        assertEquals(null, a.catalog().table("t"));
        a.rollbackToSavepoint("s");
        assertEquals(2, a.catalog().tables().size());
        assertEquals(1, b.catalog().tables().size());
        a.rollback();
        assertEquals(before, a.catalog().version());
        assertEquals(1, a.catalog().tables().size());
    }

    @Test
    void tableAccessOutsideAStatementIsAStateError() throws Exception {
        assertEquals("25000", assertThrows(EngineException.class, () -> a.table("t").get(1)).sqlState());
    }

    @Test
    void closedSessionRefusesWork() throws Exception {
        Session c = db.openSession();
        c.close();
        assertEquals("08003", assertThrows(EngineException.class, c::catalog).sqlState());
    }
}
