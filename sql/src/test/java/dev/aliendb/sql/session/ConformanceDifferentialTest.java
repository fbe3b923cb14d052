package dev.aliendb.sql.session;

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
    })
    void matchesSqlite(String script) throws Exception {
        String[] parts = script.split(";\\s*");
        try (SqlSession alien = SqlEngine.openSession("mem:conformance" + Integer.toHexString(script.hashCode()), Map.of());
             Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (int i = 0; i < parts.length - 1; i++) {
                alien.prepare(parts[i]).execute(new Object[0], null).close();
                try (Statement st = sqlite.createStatement()) {
                    st.execute(parts[i]);
                }
            }
            String query = parts[parts.length - 1];
            assertEquals(DifferentialTest.sqliteRows(sqlite, query), DifferentialTest.alienRows(alien, query), query);
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
