package dev.aliendb.engine.core;

import static dev.aliendb.engine.core.Fixtures.col;
import static dev.aliendb.engine.core.Fixtures.drain;
import static dev.aliendb.engine.core.Fixtures.rowId;
import static dev.aliendb.engine.core.Fixtures.statement;
import static dev.aliendb.engine.core.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.Database;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.Isolation;
import dev.aliendb.engine.Session;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Row-level validation of a transaction (b) whose snapshot is older than commits of another session (a):
 * each rule of {@link Transaction}'s header, at REPEATABLE READ and SERIALIZABLE.
 */
class ValidationTest {
    private final Database db = Fixtures.memory();
    private final Session a = db.openSession();
    private final Session b = db.openSession();

    ValidationTest() throws EngineException {
    }

    @BeforeEach
    void createAccounts() throws Exception {
        a.createTable(table("acct", 0, List.of(), rowId("id", false), col("v", "INTEGER")));
        a.createTable(table("other", 0, List.of(), rowId("id", false), col("v", "INTEGER")));
        a.createIndex(new IndexDef("acct_v", "acct", List.of(1), List.of(false), false, "CREATE INDEX acct_v ON acct(v)", 0), false);
        for (long id = 1; id <= 5; id++) {
            insert(a, "acct", id);
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        a.close();
        b.close();
    }

    private static void insert(Session s, String table, long id) throws EngineException {
        statement(s, true, () -> s.table(table).insert(new Object[] {id, 0L}, ConflictAction.ABORT));
    }

    private static Object read(Session s, long id) throws EngineException {
        return statement(s, false, () -> s.table("acct").get(id)[1]);
    }

    private static void write(Session s, long id, long v) throws EngineException {
        statement(s, true, () -> {
            s.table("acct").update(id, new Object[] {id, v}, ConflictAction.ABORT);
            return null;
        });
    }

    /** b begins at {@code level} and reads row {@code id} on its snapshot. */
    private void beginReading(Isolation level, long id) throws EngineException {
        b.setIsolation(level);
        b.begin();
        read(b, id);
    }

    private static void assertConflict(Session s, Executable op) throws EngineException {
        EngineException e = assertThrows(EngineException.class, op::run);
        assertEquals("40001", e.sqlState(), e.getMessage());
        assertTrue(e.getMessage().startsWith("serialization conflict"), e.getMessage());
        s.rollback();
    }

    private interface Executable {
        void run() throws EngineException;
    }

    /**
     * b reads row {@code readId} on its snapshot, a commits a change of row 1, then b writes row
     * {@code writeId}: same row fails at both levels; a blind write of row 1 only under REPEATABLE READ (first
     * committer wins; SERIALIZABLE orders b after a); a write elsewhere after reading row 1 only under
     * SERIALIZABLE (REPEATABLE READ allows the write skew); disjoint rows always commit.
     */
    @ParameterizedTest
    @CsvSource({"REPEATABLE_READ, 1, 1, true", "SERIALIZABLE, 1, 1, true", "REPEATABLE_READ, 5, 1, true",
            "SERIALIZABLE, 5, 1, false", "SERIALIZABLE, 1, 2, true", "REPEATABLE_READ, 1, 2, false",
            "REPEATABLE_READ, 2, 3, false", "SERIALIZABLE, 2, 3, false"})
    void writeAfterAConcurrentCommitOfRowOne(Isolation level, long readId, long writeId, boolean conflict) throws Exception {
        beginReading(level, readId);
        write(a, 1, 11);
        if (conflict) {
            assertConflict(b, () -> write(b, writeId, 10));
            assertEquals(11L, read(a, 1), "the first committer wins");
        } else {
            write(b, writeId, 10);
            b.commit();
            assertEquals(10L, read(a, writeId));
            assertEquals(writeId == 1 ? 10L : 11L, read(a, 1));
        }
    }

    @Test
    void scanThenInsertIntoTheTableFailsOnlyUnderSerializable() throws Exception {
        b.begin();
        assertEquals(5, statement(b, false, () -> drain(b.table("acct").scan())).size());
        insert(a, "acct", 6);
        assertConflict(b, () -> insert(b, "other", 1));

        b.setIsolation(Isolation.REPEATABLE_READ);
        b.begin();
        statement(b, false, () -> drain(b.table("acct").scan()));
        insert(a, "acct", 7);
        insert(b, "other", 1);
        b.commit();
    }

    @Test
    void rowIdRangeCatchesAPhantomInsideItOnly() throws Exception {
        b.begin();
        statement(b, false, () -> drain(b.table("acct").rowIdRange(1L, true, 10L, true)));
        insert(a, "acct", 20);
        insert(b, "other", 1); // row 20 is outside the range b read
        b.commit();

        b.begin();
        statement(b, false, () -> drain(b.table("acct").rowIdRange(1L, true, 10L, true)));
        insert(a, "acct", 8);
        assertConflict(b, () -> insert(b, "other", 2));
    }

    @Test
    void indexReadCoversTheWholeTable() throws Exception {
        b.begin();
        statement(b, false, () -> drain(b.table("acct").indexRange("acct_v", new Object[] {100L}, true, null, false)));
        write(a, 3, 50);
        assertConflict(b, () -> insert(b, "other", 1));
    }

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void schemaChangeSinceTheSnapshotFails(Isolation level) throws Exception {
        b.setIsolation(level);
        b.begin();
        read(b, 1);
        a.createTable(table("late", -1, List.of(), col("w", "")));
        if (level == Isolation.READ_COMMITTED) {
            write(b, 1, 10); // a fresh snapshot per statement: the write statement sees the new schema
            b.commit();
        } else {
            assertConflict(b, () -> write(b, 1, 10));
        }
    }

    @Test
    void repeatableReadFailsOnReadingAChangedRowAfterItsFirstWrite() throws Exception {
        beginReading(Isolation.REPEATABLE_READ, 5);
        write(a, 1, 11);
        write(b, 2, 20);
        assertEquals(0L, read(b, 3), "unchanged rows read as in the snapshot");
        assertConflict(b, () -> read(b, 1));
    }

    @Test
    void serializableReadsTheLatestRowsAfterItsFirstWrite() throws Exception {
        beginReading(Isolation.SERIALIZABLE, 5);
        write(a, 1, 11);
        write(b, 2, 20); // serialization point: after a's commit
        assertEquals(11L, read(b, 1));
        b.commit();
    }

    @Test
    void snapshotAtTheLatestCommitNeedsNoLog() throws Exception {
        b.begin();
        read(b, 1);
        write(b, 1, 10);
        b.commit();
        assertEquals(0, ((DatabaseImpl) db).commits().retained(), "no transaction open: nothing retained");
    }

    @Test
    void commitLogKeepsWriteSetsOnlyWhileAnOlderSnapshotLives() throws Exception {
        b.begin();
        read(b, 5);
        write(a, 1, 11);
        write(a, 2, 12);
        CommitLog log = ((DatabaseImpl) db).commits();
        assertEquals(2, log.retained(), "b's snapshot is older than both commits");
        b.rollback();
        write(a, 3, 13);
        assertEquals(0, log.retained());
    }
}
