package dev.aliendb.sql.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test of aggregates: each query runs on SQLite and on AlienDB's validator + RexCompiler +
 * Aggregates (through {@link SqlHarness}) over the same rows; result rows are compared as sets ordered
 * by SQLite's value order, values by storage class and value. SQLite errors must be AlienDB errors.
 */
class AggregateDifferentialTest {
    private static final String[] SETUP = {
        "CREATE TABLE a(g INTEGER, i INTEGER, r REAL, x TEXT, u)",
        "INSERT INTO a VALUES (1, 3, 1.5, 'a', 1)",
        "INSERT INTO a VALUES (1, 4, NULL, 'b', 1.0)",
        "INSERT INTO a VALUES (2, NULL, 2.25, NULL, '1')",
        "INSERT INTO a VALUES (2, 3, -1.0, 'a', NULL)",
        "INSERT INTO a VALUES (3, 10, 0.1, '7', x'00')",
        "INSERT INTO a VALUES (NULL, -2, 0.2, '12abc', 'z')",
        "CREATE TABLE big(v)",
        "INSERT INTO big VALUES (9223372036854775807)",
        "INSERT INTO big VALUES (1)",
        "CREATE TABLE mixed(v)",
        "INSERT INTO mixed VALUES (9223372036854775807)",
        "INSERT INTO mixed VALUES (1)",
        "INSERT INTO mixed VALUES (1.5)",
        "CREATE TABLE vacant(v INTEGER)",
    };
    private static final String[] QUERIES = {
        "SELECT count(*) FROM a",
        "SELECT count(i) FROM a",
        "SELECT count(x) FROM a",
        "SELECT count(DISTINCT i) FROM a",
        "SELECT count(DISTINCT u) FROM a",
        "SELECT sum(i) FROM a",
        "SELECT sum(r) FROM a",
        "SELECT sum(x) FROM a",
        "SELECT sum(u) FROM a",
        "SELECT sum(DISTINCT i) FROM a",
        "SELECT total(i) FROM a",
        "SELECT total(x) FROM a",
        "SELECT avg(i) FROM a",
        "SELECT avg(r) FROM a",
        "SELECT avg(x) FROM a",
        "SELECT avg(DISTINCT i) FROM a",
        "SELECT min(i), max(i) FROM a",
        "SELECT min(r), max(r) FROM a",
        "SELECT min(x), max(x) FROM a",
        "SELECT min(u), max(u) FROM a",
        "SELECT group_concat(x) FROM a",
        "SELECT group_concat(x, '-') FROM a",
        "SELECT group_concat(i, x) FROM a",
        "SELECT group_concat(DISTINCT x) FROM a",
        "SELECT count(*) FILTER (WHERE i > 2) FROM a",
        "SELECT sum(i) FILTER (WHERE x = 'a') FROM a",
        "SELECT sum(i) + 1, count(*) * 2 FROM a",
        "SELECT sum(i) / count(i) FROM a",
        "SELECT g, count(*) FROM a GROUP BY g",
        "SELECT g, sum(i), avg(r), min(x), max(x) FROM a GROUP BY g",
        "SELECT g, count(*) FROM a GROUP BY g HAVING count(*) > 1",
        "SELECT u, count(*) FROM a GROUP BY u",
        "SELECT x, count(*) FROM a GROUP BY x",
        "SELECT g % 2, sum(i) FROM a GROUP BY g % 2",
        "SELECT sum(i), CASE WHEN 51 IN (91, 51) THEN count(*) END FROM a",
        "SELECT x LIKE 'a%', count(*) FROM a GROUP BY x LIKE 'a%'",
        "SELECT x IN ('a', 'b'), max(i) FROM a GROUP BY x IN ('a', 'b')",
        "SELECT sum(v) FROM big",
        "SELECT total(v) FROM big",
        "SELECT avg(v) FROM big",
        "SELECT sum(v) FROM mixed",
        "SELECT sum(v), total(v), avg(v), count(v), min(v), max(v), group_concat(v) FROM vacant",
        "SELECT count(*) FROM vacant",
        "SELECT (SELECT max(i) FROM a) + 1",
        "SELECT g FROM a WHERE i = (SELECT max(i) FROM a)",
        "SELECT g FROM a WHERE i IN (SELECT i FROM a WHERE x = 'a')",
        "SELECT g FROM a WHERE i NOT IN (SELECT i FROM a WHERE x = 'a')",
        "SELECT g FROM a WHERE EXISTS (SELECT 1 FROM a AS b WHERE b.i > a.i)",
        "SELECT g, (SELECT count(*) FROM a AS b WHERE b.g = a.g) FROM a",
    };
    private static SqliteOracle sqlite;
    private static SqlHarness alien;

    @BeforeAll
    static void setUp() throws Exception {
        sqlite = new SqliteOracle(SETUP);
        alien = new SqlHarness()
                .table(SqlHarness.tableDef("a", "g INTEGER", "i INTEGER", "r REAL", "x TEXT", "u"),
                        sqlite.query("SELECT g, i, r, x, u FROM a"))
                .table(SqlHarness.tableDef("big", "v"), sqlite.query("SELECT v FROM big"))
                .table(SqlHarness.tableDef("mixed", "v"), sqlite.query("SELECT v FROM mixed"))
                .table(SqlHarness.tableDef("vacant", "v INTEGER"), new ArrayList<>());
    }

    @AfterAll
    static void tearDown() throws SQLException {
        sqlite.close();
    }

    @TestFactory
    Stream<DynamicTest> sameAsSqlite() {
        return Stream.of(QUERIES).map(q -> DynamicTest.dynamicTest(q, () -> check(q)));
    }

    private static void check(String sql) throws Exception {
        List<Object[]> expected;
        try {
            expected = sqlite.query(sql);
        } catch (SQLException sqliteError) {
            SQLException e = assertThrows(SQLException.class, () -> alien.query(sql));
            assertEquals(sqliteError.getMessage().contains("integer overflow"), e.getMessage().contains("integer overflow"),
                    e.getMessage());
            return;
        }
        List<Object[]> actual = new ArrayList<>(alien.query(sql));
        Comparator<Object[]> byRow = (p, q) -> {
            for (int i = 0; i < p.length; i++) {
                int c = SqlValues.compare(p[i], q[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        expected.sort(byRow);
        actual.sort(byRow);
        assertEquals(expected.size(), actual.size(), "row count");
        for (int r = 0; r < expected.size(); r++) {
            for (int c = 0; c < expected.get(r).length; c++) {
                Object e = expected.get(r)[c];
                Object a = SqlValues.normalize(actual.get(r)[c]);
                if (!SqliteOracle.sameValue(e, a)) {
                    fail("row " + r + " column " + c + ": SQLite " + SqliteOracle.show(e) + ", AlienDB "
                            + SqliteOracle.show(a));
                }
            }
        }
    }
}
