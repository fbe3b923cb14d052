package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.sql.SqlEngine;
import dev.aliendb.sql.SqlSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DDL, DML, queries, transactions and PRAGMAs through SqlEngine on a real in-memory engine database. */
class EngineEndToEndTest {
    private static int counter;
    private SqlSession session;
    private SqlFixture sql;

    @BeforeEach
    void open() throws Exception {
        session = SqlEngine.openSession("mem:e2e" + (++counter), Map.of());
        sql = new SqlFixture(session);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    @Test
    void createInsertSelect() throws Exception {
        assertEquals(List.of("2"), sql.rows("SELECT 1+1"));
        sql.update("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL DEFAULT 1.5, "
                + "CHECK (score >= 0))");
        assertEquals(2, sql.update("INSERT INTO t(name) VALUES ('a'), ('b')"));
        sql.update("INSERT INTO t VALUES (10, 'c', 3)");
        assertEquals(List.of("1|a|1.5", "2|b|1.5", "10|c|3.0"), sql.rows("SELECT * FROM t"));
        assertEquals(List.of("c"), sql.rows("SELECT name FROM t WHERE id = ?", 10L));
        assertTrue(sql.explain("SELECT name FROM t WHERE id = ?").contains("USING INTEGER PRIMARY KEY"));
        assertEquals("23514", sql.error("INSERT INTO t VALUES (11, 'd', -1)").getSQLState());
        assertEquals("23505", sql.error("INSERT INTO t VALUES (10, 'd', 1)").getSQLState());
        assertEquals("23502", sql.error("INSERT INTO t(id) VALUES (12)").getSQLState());
        sql.update("INSERT OR REPLACE INTO t VALUES (10, 'cc', 4)");
        assertEquals(List.of("cc|4.0"), sql.rows("SELECT name, score FROM t WHERE id = 10"));
        assertEquals(1, sql.update("UPDATE t SET score = score * 2 WHERE name = 'a'"));
        assertEquals(1, sql.update("DELETE FROM t WHERE id > 5"));
        assertEquals(List.of("1|a|3.0", "2|b|1.5"), sql.rows("SELECT * FROM t"));
    }

    @Test
    void indexesAndJoins() throws Exception {
        sql.update("CREATE TABLE a(id INTEGER PRIMARY KEY, k INTEGER, v TEXT)");
        sql.update("CREATE TABLE b(id INTEGER PRIMARY KEY, a_id INTEGER, w TEXT)");
        sql.update("CREATE INDEX b_a ON b(a_id)");
        for (int i = 1; i <= 20; i++) {
            sql.update("INSERT INTO a VALUES (?, ?, ?)", (long) i, (long) (i % 5), "v" + i);
            sql.update("INSERT INTO b VALUES (?, ?, ?)", (long) i, (long) (21 - i), "w" + i);
        }
        assertTrue(sql.explain("SELECT * FROM b WHERE a_id = 3").contains("SEARCH b USING INDEX b_a (a_id=?)"));
        assertEquals(List.of("18|3|w18"), sql.rows("SELECT * FROM b WHERE a_id = 3"));
        assertEquals(List.of("16|5|w16", "17|4|w17"), sql.rows("SELECT * FROM b WHERE a_id BETWEEN 4 AND 5 ORDER BY id"));
        String join = "SELECT a.v, b.w FROM a JOIN b ON b.a_id = a.id WHERE a.k = 0 ORDER BY a.id";
        assertTrue(sql.explain(join).contains("INDEX INNER JOIN b USING INDEX b_a"), sql.explain(join));
        assertEquals(List.of("v5|w16", "v10|w11", "v15|w6", "v20|w1"), sql.rows(join));
    }

    @Test
    void transactionsAndSavepoints() throws Exception {
        sql.update("CREATE TABLE t(x INTEGER)");
        sql.update("BEGIN");
        assertTrue(session.inTransaction());
        sql.update("INSERT INTO t VALUES (1)");
        sql.update("SAVEPOINT s1");
        sql.update("INSERT INTO t VALUES (2)");
        sql.update("ROLLBACK TO s1");
        sql.update("COMMIT");
        assertEquals(List.of("1"), sql.rows("SELECT x FROM t"));
        sql.update("BEGIN");
        sql.update("INSERT INTO t VALUES (3)");
        sql.update("ROLLBACK");
        assertEquals(List.of("1"), sql.rows("SELECT x FROM t"));
    }

    @Test
    void viewsAndCreateTableAs() throws Exception {
        sql.update("CREATE TABLE t(id INTEGER PRIMARY KEY, n INTEGER)");
        sql.update("INSERT INTO t(n) VALUES (5), (15), (25)");
        sql.update("CREATE VIEW big AS SELECT id, n * 2 FROM t WHERE n > 10");
        assertEquals(List.of("2|30", "3|50"), sql.rows("SELECT * FROM big"));
        sql.update("CREATE TABLE copy AS SELECT id, n + 1 AS m FROM t");
        assertEquals(List.of("1|6", "2|16", "3|26"), sql.rows("SELECT * FROM copy"));
        sql.update("DROP VIEW big");
        assertEquals("42S02", sql.error("SELECT * FROM big").getSQLState());
    }

    @Test
    void pragmas() throws Exception {
        sql.update("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x', UNIQUE(name))");
        assertEquals(List.of("0|id|INTEGER|0|null|1", "1|name|TEXT|1|'x'|0"), sql.rows("PRAGMA table_info(t)"));
        assertEquals(1, sql.rows("PRAGMA index_list(t)").size());
        assertEquals(List.of("ok"), sql.rows("PRAGMA integrity_check"));
        sql.update("PRAGMA user_version = 7");
        assertEquals(List.of("7"), sql.rows("PRAGMA user_version"));
        assertEquals(List.of(), sql.rows("PRAGMA no_such_pragma"));
        assertEquals(1, sql.rows("PRAGMA cache_stats").size());
    }
}
