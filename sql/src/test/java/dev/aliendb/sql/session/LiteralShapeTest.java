package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which literals a statement's shape replaces, and which it must keep. */
class LiteralShapeTest {
    @Test
    void predicateValuesAndSetLiteralsBecomeParameters() {
        assertShape("SELECT k, c FROM t WHERE id = ? AND k >= ?", new Object[] {5L, -100L},
                "SELECT k, c FROM t WHERE id = 5 AND k >= -100");
        assertShape("INSERT INTO t VALUES (?, ?, 'it''s' 'x'), (?, ?, NULL)", new Object[] {1L, "a", -2L, "b"},
                "INSERT INTO t VALUES (1, 'a', 'it''s' 'x'), (-2, 'b', NULL)");
        assertShape("UPDATE t SET k = k - ? WHERE id IN (?, ?)", new Object[] {1L, 3L, 4L},
                "UPDATE t SET k = k - 1 WHERE id IN (3, 4)");
        assertShape("SELECT a FROM t JOIN u ON u.x = t.y AND u.z = ? WHERE a > (SELECT 1 FROM w WHERE b = ?)",
                new Object[] {"q", 7L},
                "SELECT a FROM t JOIN u ON u.x = t.y AND u.z = 'q' WHERE a > (SELECT 1 FROM w WHERE b = 7)");
        assertShape("SELECT a, COUNT(*) FROM t GROUP BY 1 HAVING COUNT(*) > ? ORDER BY 2 LIMIT 3 OFFSET 1",
                new Object[] {+2L}, "SELECT a, COUNT(*) FROM t GROUP BY 1 HAVING COUNT(*) > +2 ORDER BY 2 LIMIT 3 OFFSET 1");
    }

    @Test
    void literalsThatShapeThePlanOrTheResultStay() {
        assertNull(LiteralShape.of("SELECT 5, 'x' FROM t"), "select list");
        assertNull(LiteralShape.of("SELECT a FROM t WHERE b = ?"), "statement with its own parameters");
        assertNull(LiteralShape.of("EXPLAIN SELECT a FROM t WHERE b = 1"), "EXPLAIN shows literals");
        assertNull(LiteralShape.of("CREATE VIEW v AS SELECT a FROM t WHERE b = 1"), "DDL");
        assertNull(LiteralShape.of("SELECT a FROM t WHERE c = CAST(b AS VARCHAR(10)) AND abs(d) < abs(-3)"),
                "argument lists");
        assertNull(LiteralShape.of("SELECT a FROM t WHERE b = 1.5 OR c = 1e3 OR d = 0x10 OR e = 99999999999999999999"),
                "non-integer numbers");
        assertNull(LiteralShape.of("SELECT a FROM t WHERE b = X'0A' OR c = DATE '2024-01-01' OR d = 'x' COLLATE NOCASE"),
                "prefixed and collated strings");
        assertNull(LiteralShape.of("SELECT a FROM t WHERE b LIKE 'a%' ESCAPE '\\'"), "LIKE with ESCAPE");
        assertNull(LiteralShape.of("SELECT a FROM (SELECT a FROM t WHERE b = 1) AS s"), "FROM subquery");
        assertNull(LiteralShape.of("INSERT INTO t SELECT 1, 2"), "INSERT ... SELECT list");
        assertNull(LiteralShape.of("INSERT INTO t VALUES (1) ON CONFLICT DO UPDATE SET a = 2"), "upsert");
        assertNull(LiteralShape.of("SELECT a FROM t WHERE b = 'unterminated"), "unterminated quote");
    }

    @Test
    void aMinusBetweenOperandsStaysABinaryOperator() {
        assertShape("SELECT a FROM t WHERE b-? > c - ? AND d = ?", new Object[] {1L, 2L, -3L},
                "SELECT a FROM t WHERE b-1 > c - 2 AND d = - 3");
    }

    private static void assertShape(String text, Object[] values, String sql) {
        LiteralShape.Shape shape = LiteralShape.of(sql);
        assertEquals(text, shape.text(), sql);
        assertArrayEquals(values, shape.values(), sql);
    }
}
