package dev.aliendb.sql.session;

import static dev.aliendb.sql.SqliteComparison.alienRows;
import static dev.aliendb.sql.SqliteComparison.sqliteRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aliendb.sql.SqlEngine;
import dev.aliendb.sql.SqlSession;
import dev.aliendb.sql.plan.Planner;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Statements that differ only in predicate literals share one plan (planned once, when the shape comes
 * back), and return what SQLite
 * returns for each of them, including literals whose comparison semantics depend on SQLite's affinity rules.
 */
class SharedShapeTest {
    private static final String[] SETUP = {
        "CREATE TABLE t(id INTEGER PRIMARY KEY, k INTEGER, c TEXT, r REAL, n)",
        "INSERT INTO t VALUES (1, 10, '10', 1.5, 'x'), (2, 20, 'abc', 2.0, 5), (3, NULL, '3', NULL, '7'),"
                + " (4, -5, '-5', -0.5, NULL)",
    };

    /** Each template is run with every value in VALUES substituted for {v}. */
    private static final String[] TEMPLATES = {
        "SELECT id, k, c FROM t WHERE id = {v}",
        "SELECT id FROM t WHERE k >= {v} ORDER BY id",
        "SELECT id FROM t WHERE c = {v} ORDER BY id",
        "SELECT id FROM t WHERE n = {v} ORDER BY id",
        "SELECT id FROM t WHERE r < {v} ORDER BY id",
        "SELECT id FROM t WHERE c > {v} ORDER BY id",
        "SELECT id FROM t WHERE k + 0 = {v} ORDER BY id",
        "SELECT id FROM t WHERE c IN ({v}, 'abc') ORDER BY id",
        "SELECT id FROM t WHERE id BETWEEN {v} AND 3 ORDER BY id",
        "SELECT k, COUNT(*) FROM t GROUP BY k HAVING k > {v} ORDER BY 1",
        "SELECT id FROM t WHERE typeof({v}) = 'integer' AND id = 1",
        "SELECT id FROM t WHERE {v} = 10 ORDER BY id",
        "SELECT id FROM t WHERE {v} ORDER BY id",
        "SELECT id FROM t WHERE c LIKE {v} ORDER BY id",
    };
    private static final String[] VALUES = {"1", "10", "'10'", "-5", "'abc'", "'3'", "7", "'7'", "0", "'1%'"};

    @Test
    void shapedStatementsMatchSqlite() throws Exception {
        try (SqlSession alien = SqlEngine.openSession("mem:shared-shape", Map.of());
             Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement s = sqlite.createStatement()) {
            for (String sql : SETUP) {
                alien.prepare(sql).execute(new Object[0], null).close();
                s.execute(sql);
            }
            List<String> failures = new ArrayList<>();
            for (String template : TEMPLATES) {
                for (String value : VALUES) {
                    String q = template.replace("{v}", value);
                    String expected = sqliteRows(s, q).toString();
                    String actual;
                    try {
                        actual = alienRows(alien, q).toString();
                    } catch (SQLException e) {
                        actual = "ERROR " + e.getMessage();
                    }
                    if (!expected.equals(actual)) {
                        failures.add(q + "\n  sqlite: " + expected + "\n  alien:  " + actual);
                    }
                }
            }
            assertEquals(List.of(), failures);
        }
    }

    @Test
    void aShapeSeenTwiceIsPlannedOnceAndShared() throws Exception {
        try (SqlSession alien = SqlEngine.openSession("mem:shared-shape-once", Map.of())) {
            for (String sql : SETUP) {
                alien.prepare(sql).execute(new Object[0], null).close();
            }
            alienRows(alien, "SELECT c FROM t WHERE id = 1 AND k > -100");
            alienRows(alien, "SELECT c FROM t WHERE id = 2 AND k > -100");
            long plans = Planner.planCount();
            for (int id = 1; id <= 4; id++) {
                assertEquals(id == 3 ? List.of() : List.of(id == 1 ? "10" : id == 2 ? "abc" : "-5"),
                        alienRows(alien, "SELECT c FROM t WHERE id = " + id + " AND k > -" + (100 + id)));
            }
            assertEquals(plans, Planner.planCount(), "statements of a planned shape must not plan");
            alien.prepare("UPDATE t SET k = 1 WHERE id = 20").execute(new Object[0], null).close();
            assertEquals(0, alien.prepare("UPDATE t SET k = 1 WHERE id = 2").parameterCount());
            for (int id = 7; id <= 9; id++) {
                plans = Planner.planCount();
                alien.prepare("INSERT INTO t VALUES (" + id + ", " + id + "0, 'z', 9.5, 9)").execute(new Object[0], null)
                        .close();
            }
            assertEquals(plans, Planner.planCount(), "the third INSERT reuses the second one's shape plan");
            assertEquals(List.of("7|z", "8|z", "9|z"), alienRows(alien, "SELECT k / 10, c FROM t WHERE id > 6 ORDER BY id"));
        }
    }

}
