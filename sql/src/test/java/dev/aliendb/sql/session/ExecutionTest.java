package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aliendb.engine.Affinity;
import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.TableDef;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Query and DML results through the whole pipeline (parse, validate, plan, execute) on an in-memory engine. */
class ExecutionTest {
    private MemoryEngine db;
    private SqlFixture sql;

    @BeforeEach
    void setUp() throws Exception {
        db = new MemoryEngine();
        db.create(MemoryEngine.table("t", "id INTEGER PRIMARY KEY", "a INTEGER", "b TEXT"));
        db.create(MemoryEngine.table("u", "id INTEGER PRIMARY KEY", "t_id INTEGER", "c INTEGER"));
        sql = new SqlFixture(AlienSession.over(db.openSession()));
        sql.update("INSERT INTO t VALUES (1, 10, 'x'), (2, 20, 'y'), (3, 30, 'z')");
        sql.update("INSERT INTO u VALUES (1, 1, 5), (2, 1, 6), (3, 2, 7), (4, 9, 8)");
    }

    @Test
    void labelsFollowSqlite() throws Exception {
        assertEquals(List.of("a+1", "bee", "b", "COUNT(*)", "MAX( id )"),
                sql.labels("SELECT a+1, b AS bee, t.b, COUNT(*), MAX( id ) FROM t GROUP BY a, b"));
        assertEquals(List.of("id", "a", "b", "c"), sql.labels("SELECT t.*, u.c FROM t JOIN u ON t.id = u.id"));
        assertEquals(List.of("a", "id", "a", "b"), sql.labels("SELECT a, * FROM t"));
        assertEquals(List.of("column1", "column2"), sql.labels("VALUES (1, 2)"));
        assertEquals(List.of("1+1"), sql.labels("SELECT 1+1"));
    }

    @Test
    void aggregatesAndGroupBy() throws Exception {
        assertEquals(List.of("3|60"), sql.rows("SELECT COUNT(*), SUM(a) FROM t"));
        assertEquals(List.of("0|null"), sql.rows("SELECT COUNT(*), MAX(a) FROM t WHERE a > 100 AND b > 'a' AND id > 0"));
        assertEquals(List.of("null|null"), sql.rows("SELECT SUM(a), MAX(a) FROM t WHERE a > 100"));
        assertEquals(List.of("1|2|11", "2|1|7", "9|1|8"), sql.rows("SELECT t_id, SUM(1), SUM(c) FROM u GROUP BY t_id"));
        assertEquals(List.of("1|2"), sql.rows("SELECT t_id, SUM(1) FROM u GROUP BY t_id HAVING SUM(1) > 1"));
        assertEquals(List.of("1", "2", "9"), sql.rows("SELECT DISTINCT t_id FROM u"));
    }

    @Test
    void subqueries() throws Exception {
        assertEquals(List.of("x", "y"), sql.rows("SELECT b FROM t WHERE id IN (SELECT t_id FROM u)"));
        assertEquals(List.of("z"), sql.rows("SELECT b FROM t WHERE id NOT IN (SELECT t_id FROM u)"));
        assertEquals(List.of("y"), sql.rows("SELECT b FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.t_id = t.id AND u.c > 6)"));
        assertEquals(List.of("x|6", "y|7", "z|null"), sql.rows("SELECT b, (SELECT MAX(c) FROM u WHERE u.t_id = t.id) FROM t"));
        assertEquals(List.of("z"), sql.rows("SELECT b FROM t WHERE a = (SELECT MAX(a) FROM t)"));
        assertEquals(List.of("2"), sql.rows("SELECT SUM(1) FROM (SELECT t_id FROM u GROUP BY t_id HAVING SUM(1) = 1) s"));
    }

    @Test
    void commonTableExpressions() throws Exception {
        assertEquals(List.of("1", "2", "3", "4", "5"),
                sql.rows("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < 5) SELECT * FROM c"));
        assertEquals(List.of("1", "2", "3"),
                sql.rows("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT * FROM c LIMIT 3"));
        assertEquals(List.of("1", "2"),
                sql.rows("WITH RECURSIVE c(x) AS (SELECT 1 UNION SELECT 3 - x FROM c) SELECT * FROM c"));
        assertEquals(List.of("x|10"), sql.rows("WITH s AS (SELECT b, a FROM t WHERE a < 15) SELECT * FROM s"));
    }

    @Test
    void setOperations() throws Exception {
        assertEquals(List.of("1", "2", "3", "9"), sql.rows("SELECT id FROM t UNION SELECT t_id FROM u ORDER BY 1"));
        assertEquals(6, sql.rows("SELECT id FROM t UNION ALL SELECT id FROM t").size());
        assertEquals(List.of("1", "2"), sql.rows("SELECT id FROM t INTERSECT SELECT t_id FROM u"));
        assertEquals(List.of("3"), sql.rows("SELECT id FROM t EXCEPT SELECT t_id FROM u"));
    }

    @Test
    void views() throws Exception {
        db.view("big", "CREATE VIEW big AS SELECT id, a * 2 FROM t WHERE a > 10");
        assertEquals(List.of("id", "a * 2"), sql.labels("SELECT * FROM big"));
        assertEquals(List.of("2|40", "3|60"), sql.rows("SELECT * FROM big"));
        assertEquals(List.of("3"), sql.rows("SELECT id FROM big WHERE \"a * 2\" > 50"));
    }

    @Test
    void updateAndDelete() throws Exception {
        assertEquals(1, sql.update("UPDATE t SET a = a + 1, b = 'w' WHERE id = 2"));
        assertEquals(List.of("2|21|w"), sql.rows("SELECT * FROM t WHERE id = 2"));
        assertEquals(3, sql.update("UPDATE t SET a = a * 10"));
        assertEquals(List.of("100", "210", "300"), sql.rows("SELECT a FROM t"));
        assertEquals(2, sql.update("DELETE FROM u WHERE c >= 7"));
        assertEquals(1, sql.update("DELETE FROM u WHERE id IN (SELECT id FROM t WHERE b = 'x')"));
        assertEquals(List.of("2|1|6"), sql.rows("SELECT * FROM u"));
    }

    @Test
    void insertFormsDefaultsAndChecks() throws Exception {
        db.create(new TableDef("d", List.of(
                new ColumnDef("id", "INTEGER", Affinity.INTEGER, false, null, true, false),
                new ColumnDef("n", "INTEGER", Affinity.INTEGER, false, "7", false, false),
                new ColumnDef("s", "TEXT", Affinity.TEXT, false, "'none'", false, false)),
                0, List.of(), List.of("n < 100"), "CREATE TABLE d(...)", 0));
        assertEquals(1, sql.update("INSERT INTO d(id) VALUES (5)"));
        assertEquals(1, sql.update("INSERT INTO d(n) VALUES (8)"));
        assertEquals(List.of("5|7|none", "6|8|none"), sql.rows("SELECT * FROM d"));
        assertEquals("23514", sql.error("INSERT INTO d(n) VALUES (100)").getSQLState());
        assertEquals(3, sql.update("INSERT INTO d(n, s) SELECT a, b FROM t"));
        assertEquals(List.of("9|30|z"), sql.rows("SELECT * FROM d WHERE id = 9"));
        assertEquals(List.of(10L), keys("INSERT INTO d(n) VALUES (1)"));
    }

    private List<Long> keys(String insert) throws Exception {
        try (var r = sql.session.prepare(insert).execute(new Object[0], null)) {
            return r.generatedKeys();
        }
    }
}
