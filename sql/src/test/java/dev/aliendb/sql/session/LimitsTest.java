package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.sql.parser.StatementLimits;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQLite-style limits of {@link StatementLimits}: each rejects a hostile statement quickly with 54001
 * (22021 for unpaired surrogates) and leaves the session usable; statements at the limit still run.
 */
class LimitsTest {
    /** A hang guard, not a speed assertion: generous enough for a heavily loaded machine. */
    private static final Duration QUICK = Duration.ofSeconds(60);

    private SqlFixture sql;

    @BeforeEach
    void setUp() throws Exception {
        MemoryEngine db = new MemoryEngine();
        db.create(MemoryEngine.table("t", "a INTEGER PRIMARY KEY", "b TEXT"));
        sql = new SqlFixture(AlienSession.over(db.openSession()));
        sql.update("INSERT INTO t VALUES (1, 'x'), (2, 'y')");
    }

    private void rejected(String statement, String state, String messageStart) throws SQLException {
        SQLException e = assertTimeoutPreemptively(QUICK, () -> sql.error(statement));
        assertEquals(state, e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
        assertEquals(List.of("2"), sql.rows("SELECT 1+1"));
    }

    @Test
    void expressionDepthIsLimited() throws Exception {
        rejected("SELECT * FROM t WHERE " + "a = 1 OR ".repeat(5_000) + "a = 2", "54001",
                "Expression tree is too large (maximum depth 1000)");
        rejected("SELECT " + "NOT ".repeat(1_001) + "1", "54001", "Expression tree is too large");
        assertEquals(List.of("1"), assertTimeoutPreemptively(QUICK,
                () -> sql.rows("SELECT " + "abs(".repeat(StatementLimits.MAX_EXPR_DEPTH) + "1"
                        + ")".repeat(StatementLimits.MAX_EXPR_DEPTH))));
        assertEquals(List.of("1|x", "2|y"), assertTimeoutPreemptively(QUICK,
                () -> sql.rows("SELECT * FROM t WHERE " + "a = 1 OR ".repeat(500) + "a = 2 ORDER BY a")));
    }

    @Test
    void subqueryNestingIsLimited() throws Exception {
        rejected("SELECT " + "(SELECT ".repeat(1_000) + "1" + ")".repeat(1_000), "54001",
                "too many levels of subquery nesting (maximum 64)");
        rejected("SELECT * FROM t WHERE a IN (" + "SELECT a FROM t WHERE a IN (".repeat(250) + "1" + ")".repeat(251),
                "54001", "too many levels of subquery nesting");
        int below = StatementLimits.MAX_SUBQUERY_DEPTH - 1;
        assertEquals(List.of("1"), assertTimeoutPreemptively(QUICK,
                () -> sql.rows("SELECT " + "(SELECT ".repeat(below) + "1" + ")".repeat(below))));
        assertEquals(List.of("1|x"), assertTimeoutPreemptively(QUICK, () -> sql.rows("SELECT * FROM t WHERE a IN ("
                + "SELECT a FROM t WHERE a IN (".repeat(below - 1) + "1" + ")".repeat(below))));
    }

    @Test
    void resultColumnsAreLimited() throws Exception {
        rejected("SELECT " + "a,".repeat(StatementLimits.MAX_COLUMNS) + "a FROM t", "54001",
                "too many columns in result set (maximum 2000)");
        List<String> rows = assertTimeoutPreemptively(QUICK,
                () -> sql.rows("SELECT " + "a,".repeat(StatementLimits.MAX_COLUMNS - 1) + "a FROM t WHERE a = 2"));
        assertEquals(1, rows.size());
        assertEquals(StatementLimits.MAX_COLUMNS, rows.get(0).split("\\|").length);
    }

    @Test
    void statementLengthIsLimited() throws Exception {
        rejected("SELECT LENGTH('" + "x".repeat(10 << 20) + "')", "54001", "string or blob too big");
        String literal = "x".repeat(StatementLimits.MAX_SQL_LENGTH - "SELECT LENGTH('')".length());
        assertEquals(List.of(String.valueOf(literal.length())),
                assertTimeoutPreemptively(QUICK, () -> sql.rows("SELECT LENGTH('" + literal + "')")));
    }

    @Test
    void unpairedSurrogatesAreRejected() throws Exception {
        rejected("INSERT INTO t(b) VALUES ('\uDC00\uD800')", "22021", "invalid UTF-16 string: unpaired surrogate U+DC00");
        rejected("SELECT '\uD800'", "22021", "invalid UTF-16 string");
        rejected("SELECT \uDC00 FROM t", "22021", "invalid UTF-16 string");
        assertEquals(List.of("\uD83D\uDE00|\u4E2D"), sql.rows("SELECT '\uD83D\uDE00', '\u4E2D'"));
    }
}
