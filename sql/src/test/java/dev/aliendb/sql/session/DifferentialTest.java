package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.sql.ExecutionControl;
import dev.aliendb.sql.SqlEngine;
import dev.aliendb.sql.SqlResult;
import dev.aliendb.sql.SqlSession;
import dev.aliendb.sql.eval.SqlValues;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Runs a few hundred generated queries (filters on row id / indexed / plain columns, joins of 2-4 tables,
 * outer joins, GROUP BY, subqueries, set operations, ORDER BY + LIMIT) on AlienDB and on SQLite over the
 * same small tables and compares the results as multisets of (storage class, value).
 */
class DifferentialTest {
    private static final String[] SETUP = {
        "CREATE TABLE t1(id INTEGER PRIMARY KEY, a INTEGER, b TEXT, c REAL)",
        "CREATE TABLE t2(id INTEGER PRIMARY KEY, t1_id INTEGER, d INTEGER, e TEXT)",
        "CREATE TABLE t3(x INTEGER, y INTEGER, z TEXT)",
        "CREATE INDEX t2_t1 ON t2(t1_id)",
        "CREATE INDEX t3_xy ON t3(x, y)",
    };

    private final Random random = new Random(20261123);

    @Test
    void generatedQueriesMatchSqlite() throws Exception {
        try (SqlSession alien = SqlEngine.openSession("mem:differential", Map.of());
             Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            List<String> statements = new ArrayList<>(List.of(SETUP));
            for (int i = 1; i <= 30; i++) {
                statements.add("INSERT INTO t1 VALUES (" + i + ", " + nullable(i % 7) + ", " + text(i % 5) + ", "
                        + (i % 4 == 0 ? "NULL" : (i * 0.5)) + ")");
                statements.add("INSERT INTO t2 VALUES (" + (100 + i) + ", " + nullable(i % 12) + ", " + (i % 3) + ", "
                        + text(i % 4) + ")");
                statements.add("INSERT INTO t3 VALUES (" + nullable(i % 6) + ", " + (i % 4) + ", " + text(i % 3) + ")");
            }
            for (String s : statements) {
                alien.prepare(s).execute(new Object[0], null).close();
                try (Statement st = sqlite.createStatement()) {
                    st.execute(s);
                }
            }
            List<String> failures = new ArrayList<>();
            int n = 400;
            int compared = 0;
            int nonEmpty = 0;
            for (int i = 0; i < n; i++) {
                String q = query();
                String expected;
                try {
                    expected = sqliteRows(sqlite, q);
                } catch (SQLException e) {
                    continue;
                }
                String actual;
                try {
                    actual = alienRows(alien, q);
                } catch (SQLException e) {
                    actual = "ERROR " + e.getSQLState() + " " + e.getMessage();
                }
                compared++;
                nonEmpty += expected.equals("[]") ? 0 : 1;
                if (!expected.equals(actual)) {
                    failures.add(q + "\n   sqlite: " + expected + "\n   alien:  " + actual);
                }
            }
            failures.stream().limit(25).forEach(System.out::println);
            System.out.println(compared + " queries compared, " + nonEmpty + " with rows");
            assertTrue(compared > n * 9 / 10, "SQLite rejected too many generated queries");
            assertTrue(failures.isEmpty(), failures.size() + " of " + n + " queries differ");
        }
    }

    private static String nullable(int v) {
        return v == 0 ? "NULL" : String.valueOf(v);
    }

    private static String text(int v) {
        return v == 0 ? "NULL" : "'s" + v + "'";
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private int num(int bound) {
        return random.nextInt(bound);
    }

    private String t1Condition(String p) {
        return switch (num(9)) {
            case 0 -> p + "id = " + num(35);
            case 1 -> p + "id IN (" + num(35) + ", " + num(35) + ", " + num(35) + ")";
            case 2 -> p + "id BETWEEN " + num(20) + " AND " + (10 + num(25));
            case 3 -> p + "id " + pick("<", "<=", ">", ">=") + " " + num(32);
            case 4 -> p + "a " + pick("=", "<", ">=", "<>") + " " + num(7);
            case 5 -> p + "a IS " + pick("", "NOT ") + "NULL";
            case 6 -> p + "b " + pick("=", "<", ">") + " 's" + num(5) + "'";
            case 7 -> p + "c > " + num(10);
            default -> p + "id > " + num(30) + " OR " + p + "a = " + num(7);
        };
    }

    private String query() {
        return switch (num(17)) {
            case 12 -> "SELECT t1.id, t2.d, t3.z FROM t1, t2, t3 WHERE t2.t1_id = t1.id AND t3.y = t2.d AND "
                    + t1Condition("t1.");
            case 13 -> "SELECT a, (SELECT COUNT(*) FROM t2 WHERE t2.t1_id = t1.id) FROM t1 WHERE id < " + num(30);
            case 14 -> "SELECT " + pick("a", "c", "b") + " FROM t1 ORDER BY 1" + pick(" DESC", "") + ", id";
            case 15 -> "WITH RECURSIVE c(n) AS (SELECT " + num(5) + " UNION ALL SELECT n + 1 FROM c WHERE n < "
                    + (5 + num(20)) + ") SELECT n, (SELECT b FROM t1 WHERE id = n) FROM c";
            case 16 -> "SELECT t3.x, COUNT(*), SUM(t1.id) FROM t3 LEFT JOIN t1 ON t1.a = t3.x GROUP BY t3.x";
            case 0 -> "SELECT * FROM t1 WHERE " + t1Condition("");
            case 1 -> "SELECT id, a + 1, b FROM t1 WHERE " + t1Condition("") + " ORDER BY " + pick("a", "b", "id")
                    + pick(" DESC", "") + ", id LIMIT " + (1 + num(6)) + " OFFSET " + num(3);
            case 2 -> "SELECT * FROM t2 WHERE t1_id " + pick("=", "<", ">", "<=") + " " + num(12);
            case 3 -> "SELECT * FROM t3 WHERE x = " + num(6) + (num(2) == 0 ? "" : " AND y " + pick("=", ">", "<") + " " + num(4)) + (num(2) == 0 ? "" : " AND z IS NOT NULL");
            case 4 -> "SELECT t1.id, t2.id, t2.e FROM t1 JOIN t2 ON t2.t1_id = t1.id WHERE " + t1Condition("t1.");
            case 5 -> "SELECT t1.b, t2.d FROM t2 JOIN t1 ON t1.id = t2.t1_id";
            case 6 -> "SELECT t1.id, t2.id FROM t1 LEFT JOIN t2 ON t2.t1_id = t1.id AND t2.d = " + num(3);
            case 7 -> "SELECT t1.id, t3.z, t2.e FROM t1 JOIN t3 ON t3.x = t1.a JOIN t2 ON t2.t1_id = t1.id";
            case 8 -> "SELECT " + pick("a", "b") + ", " + pick("MIN(id)", "MAX(c)", "SUM(id)", "TOTAL(c)", "COUNT(*)", "COUNT(c)", "AVG(a)")
                    + " FROM t1 GROUP BY 1" + (num(2) == 0 ? "" : " HAVING SUM(id) > " + num(100));
            case 9 -> "SELECT id FROM t1 WHERE " + pick("id IN (SELECT t1_id FROM t2 WHERE d = " + num(3) + ")",
                    "EXISTS (SELECT 1 FROM t2 WHERE t2.t1_id = t1.id)", "a = (SELECT MAX(x) FROM t3)",
                    "id NOT IN (SELECT x FROM t3 WHERE x IS NOT NULL)");
            case 10 -> "SELECT " + pick("a", "id") + " FROM t1 " + pick("UNION", "UNION ALL", "EXCEPT", "INTERSECT")
                    + " SELECT " + pick("x", "y") + " FROM t3";
            default -> "SELECT DISTINCT " + pick("a", "b", "a, b") + " FROM t1 WHERE " + t1Condition("");
        };
    }

    static String sqliteRows(Connection c, String q) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = SqlValues.normalize(rs.getObject(i + 1));
                }
                rows.add(render(row));
            }
        }
        return canonical(rows, q);
    }

    static String alienRows(SqlSession s, String q) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (SqlResult r = s.prepare(q).execute(new Object[0], new ExecutionControl(10))) {
            int n = r.columns().size();
            while (r.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = SqlValues.normalize(r.get(i));
                }
                rows.add(render(row));
            }
        }
        return canonical(rows, q);
    }

    private static String render(Object[] row) {
        StringBuilder sb = new StringBuilder();
        for (Object v : row) {
            sb.append(sb.isEmpty() ? "" : "|").append(SqlValues.typeName(v)).append(':').append(v);
        }
        return sb.toString();
    }

    /** Ordered queries compare in order; others as sorted multisets. */
    private static String canonical(List<String> rows, String q) {
        if (!q.contains("ORDER BY")) {
            rows.sort(null);
        }
        return rows.toString();
    }
}
