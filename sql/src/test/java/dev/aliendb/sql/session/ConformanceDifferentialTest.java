package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.sql.SqlEngine;
import dev.aliendb.sql.SqlSession;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scripts that once gave wrong data or spurious errors, run on AlienDB and on SQLite: every statement
 * but the last sets up, the last is a query whose rows (storage class and value) must match SQLite's
 * (compared as in {@link DifferentialTest}).
 */
class ConformanceDifferentialTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // numeric columns never round
        "CREATE TABLE t(a DECIMAL(10,2), b NUMERIC, c); INSERT INTO t VALUES (1.5, 1.5, 1.5);"
                + " INSERT INTO t VALUES (2.0, '3.25', 7); SELECT a, b, c FROM t",
        "CREATE TABLE t(a DECIMAL(10,2)); INSERT INTO t VALUES (1.25); SELECT a * 2, typeof(a) FROM t",
        "CREATE TABLE t(a DECIMAL(10,2), b INTEGER, c NUMERIC); INSERT INTO t VALUES (1, 1, 1);"
                + " UPDATE t SET a = 2.75, b = 1.5, c = '4.5'; SELECT a, b, c FROM t",
        "CREATE TABLE t(a INTEGER, b NUMERIC); INSERT INTO t VALUES (2.5, 1e0), ('7', '8.0'); SELECT a, b FROM t",
        // date/time literals into date/time columns
        "CREATE TABLE t(d DATE, ts TIMESTAMP, tm TIME); INSERT INTO t VALUES ('2024-01-02', '2024-01-02 10:11:12',"
                + " '10:11:12'); SELECT d, ts, tm, typeof(d) FROM t",
        // empty IN lists
        "SELECT 1 IN (), 1 NOT IN (), NULL IN (), NULL NOT IN ()",
        "CREATE TABLE t(x); INSERT INTO t VALUES (1), (NULL); SELECT x IN (), x NOT IN () FROM t",
        "CREATE TABLE t1(x); INSERT INTO t1 VALUES (1), (2); SELECT 1 IN t1, 3 IN t1, 1 NOT IN t1, 3 NOT IN t1",
        "CREATE TABLE t(a); INSERT INTO t VALUES (1), (2), (3); SELECT * FROM (VALUES (1, 'x'), (2.5, NULL)) ORDER BY 1",
        // bare columns in aggregate queries
        "CREATE TABLE t(a, b, c); INSERT INTO t VALUES (1, 10, 1), (2, 30, 1), (3, 20, 2);"
                + " SELECT c, max(b) FROM t GROUP BY c",
        "CREATE TABLE tab1(col0, col2); INSERT INTO tab1 VALUES (1, 5), (1, 6);"
                + " SELECT + COALESCE ( + 3, 40 * cor0.col0 ) AS col1 FROM tab1 AS cor0 GROUP BY cor0.col2",
        "CREATE TABLE t(a, b, c); INSERT INTO t VALUES (1, 10, 1), (1, 30, 1), (1, 20, 2);"
                + " SELECT a, count(*) FROM t GROUP BY c HAVING a > 0 ORDER BY a",
        // a GROUP BY or HAVING name is a FROM column before it is an alias (each group's bare columns agree)
        "CREATE TABLE tab0(col0, col1, col2); INSERT INTO tab0 VALUES (1, 2, 3), (4, 2, 3), (5, 6, 7);"
                + " SELECT DISTINCT COALESCE(+ 12, cor0.col0 * cor0.col1) AS col1 FROM tab0 AS cor0 GROUP BY col1",
        "CREATE TABLE tab0(col0, col1, col2); INSERT INTO tab0 VALUES (1, 2, 3), (4, 2, 3), (5, 6, 7);"
                + " SELECT col1 * 2 + col2 AS col1, count(*) FROM tab0 GROUP BY col1 ORDER BY 1",
        "CREATE TABLE tab1(col0, col1, col2); INSERT INTO tab1 VALUES (1, 2, 3), (4, 2, 3), (5, 6, 7);"
                + " SELECT - col2 AS col1 FROM tab1 GROUP BY col2 HAVING col1 > 2 AND AVG(col1) > 0",
        "CREATE TABLE tab0(col0, col1, col2); INSERT INTO tab0 VALUES (1, 2, 3), (4, 2, 3), (5, 6, 7);"
                + " SELECT - col1 AS col2, col1 + 1 AS col2 FROM tab0 GROUP BY col1 HAVING col2 > 3",
        "CREATE TABLE tab2(col0, col1, col2); INSERT INTO tab2 VALUES (1, 2, 3), (1, 2, 4), (5, 6, 7);"
                + " SELECT - col0 AS col2, col0 * 2 AS col2 FROM tab2 GROUP BY col0 HAVING SUM(- - col2) > 5",
        "CREATE TABLE tab0(col0, col1, col2); CREATE TABLE tab2(col0, col1, col2); INSERT INTO tab0 VALUES (1, 2, 3);"
                + " INSERT INTO tab2 VALUES (4, 5, 6), (7, 8, 9);"
                + " SELECT COALESCE(22, tab0.col0, cor0.col1), tab0.col1 + cor0.col1 FROM tab0, tab2 AS cor0"
                + " GROUP BY tab0.col1, cor0.col0 ORDER BY 2",
        "CREATE TABLE t(a, b, c); INSERT INTO t VALUES (1, 10, 5), (1, 10, 6), (2, 20, 7);"
                + " SELECT s.b + 0 AS a, count(*) FROM (SELECT a AS b, b AS a FROM t) AS s GROUP BY a ORDER BY 1",
        "CREATE TABLE t(a, b); INSERT INTO t VALUES (1, 10), (1, 10), (2, 20);"
                + " SELECT a + b, b FROM t GROUP BY a + b ORDER BY a + b",
        // beside a lone min() or max(), bare columns come from the row holding the extreme
        "CREATE TABLE t(a, b, g); INSERT INTO t VALUES (1, 5, 1), (2, 7, 1), (3, 7, 1), (4, 6, 1), (5, 1, 2), (6, NULL, 2);"
                + " SELECT g, a, max(b), count(*) FROM t GROUP BY g ORDER BY g",
        "CREATE TABLE t(a, b, g); INSERT INTO t VALUES (1, 5, 1), (2, 3, 1), (3, 3, 1), (4, NULL, 1), (5, NULL, 2),"
                + " (6, NULL, 2); SELECT a, min(b) + 0 FROM t GROUP BY g HAVING a > 0 ORDER BY a",
        "CREATE TABLE t(a, b); INSERT INTO t VALUES (1, 'x'), (2, 'z'), (3, 'y'); SELECT a * 10, max(b) FROM t",
        // a UNION of constant rows whose column types differ
        "SELECT a, b FROM (SELECT 1 a, 5 b UNION ALL SELECT 2, NULL UNION ALL SELECT 'x', 2.5) ORDER BY 1",
        "SELECT 1, NULL UNION SELECT NULL, 'a' UNION SELECT 1, NULL ORDER BY 1",
        // common words as identifiers
        "SELECT 1 AS one",
        "CREATE TABLE t(one, result, first, last, level, name, type, data, source);"
                + " INSERT INTO t VALUES (1, 2, 3, 4, 5, 6, 7, 8, 9); SELECT one, result, first, last, level, name, type,"
                + " data, source FROM t",
        "CREATE TABLE t(a, b); INSERT INTO t VALUES (1, 2), (NULL, 3); SELECT a FROM t WHERE a IN () OR b NOT IN ()",
        "CREATE TABLE t(a, b); INSERT INTO t VALUES (1, 7), (1, 8), (2, 9);"
                + " SELECT a, b - b + 1, count(*) FROM t GROUP BY a ORDER BY a",
        "CREATE TABLE t(a, b); INSERT INTO t VALUES (1, 7), (1, 8), (2, 9);"
                + " SELECT a AS k, count(*) FROM t GROUP BY k HAVING k > 1",
        // IN a subquery whose column has another type than x
        "CREATE TABLE t1(x); INSERT INTO t1 VALUES (1), ('012'), (x'303132');"
                + " SELECT x'303132' IN t1, '1' IN t1, '012' NOT IN t1, 2 NOT IN (SELECT x FROM t1)",
        "CREATE TABLE t1(x INTEGER, y TEXT); INSERT INTO t1 VALUES (1, '1'), (2, 'b');"
                + " SELECT y FROM t1 WHERE y IN (SELECT x FROM t1) OR x IN (SELECT y FROM t1)",
        // shifts
        "CREATE TABLE t(x); INSERT INTO t VALUES (1<<63); INSERT INTO t VALUES (-1>>70); SELECT x, typeof(x) FROM t",
        // a column assigned more than once: the rightmost assignment wins
        "CREATE TABLE t(x, y); INSERT INTO t VALUES (1, 2); UPDATE t SET x = 3, y = x, x = 4, X = y + 10;"
                + " SELECT x, y FROM t",
    })
    void matchesSqlite(String script) throws Exception {
        try (SqlSession alien = SqlEngine.openSession("mem:conformance" + Integer.toHexString(script.hashCode()), Map.of());
             Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            String[] parts = setUp(script, alien, sqlite);
            String query = parts[parts.length - 1];
            assertEquals(DifferentialTest.sqliteRows(sqlite, query), DifferentialTest.alienRows(alien, query), query);
        }
    }

    /** Runs every statement of the script but the last on both engines; returns the script's statements. */
    private static String[] setUp(String script, SqlSession alien, Connection sqlite) throws Exception {
        String[] parts = script.split(";\\s*");
        for (int i = 0; i < parts.length - 1; i++) {
            alien.prepare(parts[i]).execute(new Object[0], null).close();
            try (Statement st = sqlite.createStatement()) {
                st.execute(parts[i]);
            }
        }
        return parts;
    }

    /** Scripts whose last statement SQLite rejects: AlienDB must reject it too (with an SQLException). */
    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t1(x); SELECT group_concat(DISTINCT x, ':') FROM t1",
        "CREATE TABLE t1(x); SELECT count(DISTINCT x, x) FROM t1",
        "CREATE TABLE t1(x); CREATE INDEX t1i1 ON t1(x); REINDEX tXiX",
        "CREATE TABLE t1(x); SELECT 1 FROM t1 WHERE 1 IN (SELECT 1, 2)",
        "CREATE TABLE t1(x); SELECT 1 FROM t1 WHERE 1 NOT IN (SELECT x, x FROM t1)",
    })
    void failsLikeSqlite(String script) throws Exception {
        try (SqlSession alien = SqlEngine.openSession("mem:conformance" + Integer.toHexString(script.hashCode()), Map.of());
             Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            String[] parts = setUp(script, alien, sqlite);
            String last = parts[parts.length - 1];
            try (Statement st = sqlite.createStatement()) {
                assertThrows(SQLException.class, () -> st.execute(last), "SQLite accepts " + last);
            }
            SQLException e = assertThrows(SQLException.class,
                    () -> alien.prepare(last).execute(new Object[0], null).close(), last);
            assertTrue(e.getSQLState() != null && !e.getSQLState().startsWith("XX"), e.getMessage());
        }
    }

    @Test
    void reindexAcceptsTablesIndexesAndCollations() throws Exception {
        try (SqlSession alien = SqlEngine.openSession("mem:conformance-reindex", Map.of())) {
            for (String sql : List.of("CREATE TABLE t1(x)", "CREATE INDEX t1i1 ON t1(x)", "REINDEX", "REINDEX t1i1",
                    "REINDEX T1", "REINDEX main.t1i1", "REINDEX nocase")) {
                assertDoesNotThrow(() -> alien.prepare(sql).execute(new Object[0], null).close(), sql);
            }
        }
    }

    @Test
    void dateTimeLiteralsAreStoredAsTheirText() throws Exception {
        try (SqlSession alien = SqlEngine.openSession("mem:conformance-dates", Map.of())) {
            SqlFixture f = new SqlFixture(alien);
            f.update("CREATE TABLE t(d DATE, ts TIMESTAMP, tm TIME)");
            f.update("INSERT INTO t(d, ts, tm) VALUES (DATE '2024-01-02', TIMESTAMP '2024-01-02 10:11:12',"
                    + " TIME '10:11:12')");
            f.update("UPDATE t SET d = DATE '2024-03-04' WHERE ts = '2024-01-02 10:11:12'");
            assertEquals(List.of("2024-03-04|2024-01-02 10:11:12|10:11:12|text"),
                    f.rows("SELECT d, ts, tm, typeof(d) FROM t"));
        }
    }

    @Test
    void triggersAreCleanlyUnsupported() throws Exception {
        try (SqlSession alien = SqlEngine.openSession("mem:conformance-trigger", Map.of())) {
            alien.prepare("CREATE TABLE t(a)").execute(new Object[0], null).close();
            for (String sql : List.of("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END",
                    "DROP TRIGGER tr")) {
                SQLException e = assertThrows(SQLException.class,
                        () -> alien.prepare(sql).execute(new Object[0], null).close());
                assertEquals("0A000", e.getSQLState(), e.getMessage());
                assertTrue(e.getMessage().startsWith("not supported: " + sql.substring(0, sql.indexOf(" tr"))),
                        e.getMessage());
            }
        }
    }

    @Test
    void upsertIsCleanlyUnsupportedRatherThanRunAsPlainInsert() throws Exception {
        try (SqlSession alien = SqlEngine.openSession("mem:conformance-upsert", Map.of())) {
            alien.prepare("CREATE TABLE t(a INTEGER PRIMARY KEY, b)").execute(new Object[0], null).close();
            SQLException e = assertThrows(SQLException.class, () -> alien.prepare(
                    "INSERT INTO t VALUES (1, 2) ON CONFLICT (a) DO NOTHING").execute(new Object[0], null).close());
            assertEquals("0A000", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("upsert"), e.getMessage());
        }
    }
}
