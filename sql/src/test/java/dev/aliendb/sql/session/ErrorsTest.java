package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.sql.ExecutionControl;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every failure is an SQLException with the right SQLSTATE, and the session stays usable afterwards. */
class ErrorsTest {
    private SqlFixture sql;

    @BeforeEach
    void setUp() throws Exception {
        MemoryEngine db = new MemoryEngine();
        db.create(MemoryEngine.table("t", "id INTEGER PRIMARY KEY", "a INTEGER"));
        db.create(MemoryEngine.table("u", "id INTEGER PRIMARY KEY", "a INTEGER"));
        sql = new SqlFixture(AlienSession.over(db.openSession()));
    }

    @Test
    void sqlStatesNameTheProblem() {
        SQLException e = sql.error("SELECT * FROM nope");
        assertEquals("42S02", e.getSQLState());
        assertTrue(e.getMessage().startsWith("no such table: nope"), e.getMessage());
        e = sql.error("SELECT nope FROM t");
        assertEquals("42S22", e.getSQLState());
        assertTrue(e.getMessage().startsWith("no such column: nope (line 1, column 8)"), e.getMessage());
        assertEquals("42702", sql.error("SELECT a FROM t, u").getSQLState());
        assertEquals("42000", sql.error("SELECT FROM WHERE").getSQLState());
        assertEquals("07001", sql.error("SELECT a FROM t WHERE id = ?").getSQLState());
        assertEquals("23505", sql.error("INSERT INTO t VALUES (1, 1), (1, 2)").getSQLState());
    }

    @Test
    void deepNestingIsRejectedAndTheSessionSurvives() throws Exception {
        SQLException e = sql.error("SELECT " + "(".repeat(10_000) + "1" + ")".repeat(10_000));
        assertEquals("54001", e.getSQLState());
        assertEquals(List.of("2"), sql.rows("SELECT 1+1"));
    }

    @Test
    void endlessRecursionIsStoppedByTheTimeout() throws Exception {
        String q = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x FROM c ORDER BY x";
        SQLException e = null;
        try {
            sql.session.prepare(q).execute(new Object[0], new ExecutionControl(1)).close();
        } catch (SQLException ex) {
            e = ex;
        }
        assertEquals("57014", e == null ? null : e.getSQLState());
        assertEquals(List.of("2"), sql.rows("SELECT 1+1"));
    }
}
