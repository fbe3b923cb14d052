package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access-path and join-algorithm choices, asserted through EXPLAIN, plus the results of those plans. */
class PlannerTest {
    private MemoryEngine db;
    private SqlFixture sql;

    @BeforeEach
    void setUp() throws Exception {
        db = new MemoryEngine();
        db.create(MemoryEngine.table("t", "id INTEGER PRIMARY KEY", "a INTEGER", "b TEXT"));
        db.create(MemoryEngine.table("u", "id INTEGER PRIMARY KEY", "t_id INTEGER", "c INTEGER"));
        db.create(MemoryEngine.table("w", "k INTEGER", "v TEXT"));
        db.index("u_t", "u", false, 1, 2);
        sql = new SqlFixture(AlienSession.over(db.openSession()));
        sql.update("INSERT INTO t VALUES (1, 10, 'x'), (2, 20, 'y'), (3, 30, 'z')");
        sql.update("INSERT INTO u VALUES (1, 1, 5), (2, 1, 6), (3, 2, 7), (4, 9, 8)");
        sql.update("INSERT INTO w VALUES (10, 'p'), (20, 'q'), (NULL, 'n')");
    }

    @Test
    void rowIdEqualityIsAPointLookup() throws Exception {
        assertTrue(sql.explain("SELECT b FROM t WHERE id = ?").contains("SEARCH t USING INTEGER PRIMARY KEY (id=?)"));
        int before = db.fullScans;
        assertEquals(List.of("y"), sql.rows("SELECT b FROM t WHERE id = ?", 2L));
        assertEquals(List.of(), sql.rows("SELECT b FROM t WHERE id = ?", 7L));
        assertEquals(before, db.fullScans);
    }

    @Test
    void rowIdInListAndRanges() throws Exception {
        assertTrue(sql.explain("SELECT * FROM u WHERE id IN (1, 4)").contains("USING INTEGER PRIMARY KEY (id IN (...))"));
        assertEquals(List.of("1|1|5", "4|9|8"), sql.rows("SELECT * FROM u WHERE id IN (4, 1, 4)"));
        assertTrue(sql.explain("SELECT * FROM u WHERE id BETWEEN 2 AND 3").contains("(id>=? AND id<=?)"));
        assertEquals(List.of("2|1|6", "3|2|7"), sql.rows("SELECT * FROM u WHERE id BETWEEN 2 AND 3"));
        assertEquals(List.of("3|2|7", "4|9|8"), sql.rows("SELECT * FROM u WHERE id > 2"));
        assertEquals(List.of("1|1|5", "2|1|6"), sql.rows("SELECT * FROM u WHERE 3 > id"));
        assertEquals(List.of(), sql.rows("SELECT * FROM u WHERE id > NULL"));
    }

    @Test
    void secondaryIndexEqualityAndRange() throws Exception {
        assertTrue(sql.explain("SELECT * FROM u WHERE t_id = 1").contains("SEARCH u USING INDEX u_t (t_id=?)"));
        assertEquals(List.of("1|1|5", "2|1|6"), sql.rows("SELECT * FROM u WHERE t_id = 1"));
        assertTrue(sql.explain("SELECT * FROM u WHERE t_id = 1 AND c > 5").contains("(t_id=? AND c>?)"));
        assertEquals(List.of("2|1|6"), sql.rows("SELECT * FROM u WHERE t_id = 1 AND c > 5"));
        assertTrue(sql.explain("SELECT * FROM u WHERE t_id < 5").contains("SEARCH u USING INDEX u_t (t_id<?)"));
        assertEquals(List.of("1|1|5", "2|1|6", "3|2|7"), sql.rows("SELECT * FROM u WHERE t_id < 5"));
    }

    @Test
    void joinAlgorithms() throws Exception {
        assertTrue(sql.explain("SELECT t.b, u.c FROM t JOIN u ON u.t_id = t.id")
                .contains("INDEX INNER JOIN u USING INDEX u_t (t_id=?)"));
        assertTrue(sql.explain("SELECT t.b, u.c FROM u JOIN t ON u.t_id = t.id")
                .contains("INDEX INNER JOIN t USING INTEGER PRIMARY KEY (id=?)"));
        assertEquals(List.of("x|5", "x|6", "y|7"), sql.rows("SELECT t.b, u.c FROM u JOIN t ON u.t_id = t.id ORDER BY c"));
        assertTrue(sql.explain("SELECT t.b, w.v FROM t, w WHERE t.a = w.k").contains("HASH INNER JOIN"));
        assertEquals(List.of("x|p", "y|q"), sql.rows("SELECT t.b, w.v FROM t, w WHERE t.a = w.k"));
        assertTrue(sql.explain("SELECT t.b, w.v FROM t, w WHERE t.a < w.k").contains("NESTED LOOP INNER JOIN"));
        assertEquals(List.of("x|q"), sql.rows("SELECT t.b, w.v FROM t, w WHERE t.a < w.k"));
    }

    @Test
    void benchmarkQueriesUseTheirAccessPaths() throws Exception {
        // W4, W7 (before CREATE INDEX), then W8 with W5's index, on t(id, a = k, b = c) and u(id, t_id, c = v)
        assertPlan("SELECT COUNT(*), SUM(a) FROM t WHERE id BETWEEN ? AND ?",
                "SEARCH t USING INTEGER PRIMARY KEY (id>=? AND id<=?)");
        assertPlan("SELECT a % 100, COUNT(*), AVG(LENGTH(b)) FROM t WHERE a > ? GROUP BY a % 100", "SCAN t");
        db.index("t_a", "t", false, 1);
        String w8 = "SELECT SUM(u.c) FROM t JOIN u ON u.t_id = t.id WHERE t.a BETWEEN ? AND ?";
        assertPlan(w8, "INDEX INNER JOIN u USING INDEX u_t (t_id=?)", "SEARCH t USING INDEX t_a (a>=? AND a<=?)");
        assertEquals(List.of("11"), sql.rows(w8, 5L, 10L));
    }

    /** EXPLAIN of {@code query} contains every fragment, in order. */
    private void assertPlan(String query, String... fragments) throws Exception {
        String plan = sql.explain(query);
        int from = 0;
        for (String f : fragments) {
            int at = plan.indexOf(f, from);
            assertTrue(at >= 0, "no '" + f + "' after offset " + from + " in\n" + plan);
            from = at + f.length();
        }
    }

    @Test
    void tableAccessesDecodeOnlyTheColumnsTheQueryReads() throws Exception {
        db.index("t_a", "t", false, 1);
        int before = db.wholeRows;
        assertEquals(List.of("2|50"), sql.rows("SELECT COUNT(*), SUM(a) FROM t WHERE id BETWEEN ? AND ?", 2L, 3L));
        assertEquals(List.of("0|1", "10|2"), sql.rows("SELECT a % 20, COUNT(*) FROM t WHERE a > 5 GROUP BY a % 20"));
        assertEquals(List.of("3", "2"), sql.rows("SELECT id FROM t WHERE id >= 2 ORDER BY a DESC"));
        assertEquals(List.of("3"), sql.rows("SELECT COUNT(*) FROM t"));
        assertEquals(List.of("7"), sql.rows("SELECT SUM(u.c) FROM t JOIN u ON u.t_id = t.id WHERE t.a BETWEEN 15 AND 25"));
        assertEquals(before, db.wholeRows);
        // a correlated subquery may read any column of the outer row, so that row is decoded whole
        assertEquals(List.of("x", "y"), sql.rows("SELECT b FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.t_id = t.id)"
                + " ORDER BY b"));
        // DML reads whole rows to write them back
        assertEquals(1L, sql.update("UPDATE t SET a = a + 1 WHERE id = 1"));
        assertEquals(List.of("1|11|x"), sql.rows("SELECT * FROM t WHERE id = 1"));
    }

    @Test
    void outerJoins() throws Exception {
        assertEquals(List.of("x|5", "x|6", "y|7", "z|null"),
                sql.rows("SELECT t.b, u.c FROM t LEFT JOIN u ON u.t_id = t.id"));
        assertEquals(List.of("x|5", "x|6", "y|7", "null|8"),
                sql.rows("SELECT t.b, u.c FROM t RIGHT JOIN u ON u.t_id = t.id"));
        assertEquals(List.of("x|5", "x|6", "y|7", "z|null", "null|8"),
                sql.rows("SELECT t.b, u.c FROM t FULL JOIN u ON u.t_id = t.id"));
    }

    @Test
    void greedyOrderStartsFromTheMostSelectiveInput() throws Exception {
        String q = "SELECT t.b, w.v, u.c FROM w JOIN u ON TRUE JOIN t ON t.a = w.k AND u.t_id = t.id WHERE t.id = 2";
        String plan = sql.explain(q);
        assertTrue(plan.contains("SEARCH t USING INTEGER PRIMARY KEY"), plan);
        assertTrue(plan.contains("INDEX INNER JOIN u USING INDEX u_t"), plan);
        assertEquals(List.of("y|q|7"), sql.rows(q));
    }

    @Test
    void eightWayJoinPlansQuickly() throws Exception {
        StringBuilder from = new StringBuilder("u x1");
        for (int i = 2; i <= 8; i++) {
            from.append(" JOIN ").append(i % 2 == 0 ? "t" : "u").append(" x").append(i)
                    .append(" ON x").append(i).append(".id = x").append(i - 1).append(".id");
        }
        String q = "SELECT MAX(x1.id) FROM " + from;
        // a hang guard against exhaustive join enumeration (8! orders), not a speed assertion: planning takes
        // ~0.1 s on an idle machine; speed is measured in bench
        assertEquals(List.of("3"), assertTimeoutPreemptively(Duration.ofSeconds(60), () -> sql.rows(q)));
    }

    @Test
    void orderByLimitIsTopN() throws Exception {
        assertTrue(sql.explain("SELECT * FROM t ORDER BY a DESC LIMIT 2").contains("TOP-N SORT"));
        assertEquals(List.of("3|30|z", "2|20|y"), sql.rows("SELECT * FROM t ORDER BY a DESC LIMIT 2"));
        assertEquals(List.of("2|20|y"), sql.rows("SELECT * FROM t ORDER BY a DESC LIMIT 1 OFFSET 1"));
        assertEquals(List.of("1|10|x", "2|20|y", "3|30|z"), sql.rows("SELECT * FROM t ORDER BY a LIMIT ?", -1L));
    }

    @Test
    void explainAndExplainQueryPlanReturnPlanRows() throws Exception {
        List<String> rows = sql.rows("EXPLAIN QUERY PLAN SELECT b FROM t WHERE id = 1");
        assertTrue(rows.stream().anyMatch(r -> r.contains("SEARCH t USING INTEGER PRIMARY KEY")), rows.toString());
        assertEquals(List.of("detail"), sql.labels("EXPLAIN SELECT b FROM t WHERE id = 1"));
    }
}
