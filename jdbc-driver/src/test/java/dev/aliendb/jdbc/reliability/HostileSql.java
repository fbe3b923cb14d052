package dev.aliendb.jdbc.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded list of malformed and hostile statements for {@link BadSqlTest}, run against a database holding
 * {@code t(a INTEGER PRIMARY KEY, b TEXT, c REAL)}. A fixed set of extreme cases (deep nesting, huge
 * literals, lone surrogates, giant blobs, an endless recursive CTE under a query timeout and one stopped
 * by {@code Statement.cancel()}) comes first; seeded generated cases fill the rest: keyword soup, truncated
 * and mutated valid statements, random characters, unbalanced quotes and parentheses, huge numbers.
 */
final class HostileSql {
    /** How a case is run: plainly, under {@code setQueryTimeout(2)}, or cancelled from another thread. */
    enum Stop { NONE, TIMEOUT, CANCEL }

    /** One statement with a label (printed instead of the text when the text is huge). */
    record Case(String label, String sql, Stop stop) {
        @Override
        public String toString() {
            return label + ": " + (sql.length() > 200 ? sql.substring(0, 200) + "... (" + sql.length() + " chars)" : sql);
        }
    }

    static final String ENDLESS_CTE = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r";

    private static final String[] VALID = {
        "SELECT a, b, c FROM t WHERE a > 1 ORDER BY b DESC LIMIT 3",
        "INSERT INTO t(b, c) VALUES ('x', 1.5), ('y', NULL)",
        "UPDATE t SET c = c * 2 WHERE b LIKE 'r%'",
        "DELETE FROM t WHERE a > 100",
        "SELECT b, COUNT(*), SUM(c) FROM t GROUP BY b HAVING COUNT(*) > 0",
        "SELECT x.a FROM t AS x JOIN t AS y ON x.a = y.a WHERE x.b IN (SELECT b FROM t)",
        "CREATE TABLE u(id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)",
        "CREATE INDEX t_b ON t(b)",
        "SELECT CASE WHEN a = 1 THEN 'one' ELSE CAST(a AS TEXT) END FROM t",
        "SELECT COALESCE(NULL, b, 'z'), LENGTH(b), UPPER(b) FROM t",
        "WITH w AS (SELECT a FROM t) SELECT * FROM w UNION SELECT a + 1 FROM t",
        "SELECT * FROM t WHERE c BETWEEN 0.5 AND 2e10 AND b IS NOT NULL",
    };

    private static final String[] TOKENS = {
        "SELECT", "FROM", "WHERE", "INSERT", "INTO", "VALUES", "UPDATE", "SET", "DELETE", "CREATE", "TABLE",
        "INDEX", "DROP", "ALTER", "JOIN", "LEFT", "ON", "USING", "GROUP", "BY", "ORDER", "HAVING", "LIMIT",
        "OFFSET", "UNION", "ALL", "EXCEPT", "INTERSECT", "WITH", "RECURSIVE", "AS", "CASE", "WHEN", "THEN",
        "ELSE", "END", "AND", "OR", "NOT", "NULL", "IS", "IN", "EXISTS", "BETWEEN", "LIKE", "CAST", "PRAGMA",
        "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "PRIMARY", "KEY", "UNIQUE", "DISTINCT", "*", ",", "(", ")",
        ";", "=", "<>", "<=", "||", "+", "-", "/", "%", ".", "?", "t", "a", "b", "c", "1", "0", "-1", "'x'",
        "''", "\"t\"", "1e308", "X'00ff'", "COUNT(*)", "MAX", "zeroblob", "randomblob", "substr",
    };

    private HostileSql() {
    }

    /**
     * Cases that hang the stack today (reported as stack bugs, run by BadSqlTest's disabled test): planning
     * takes 40-75 s for deep scalar or IN subquery nesting and for 5,000 ORs (which then fails with XX000),
     * and a cancel() that arrives while a 12-way join is planned is lost (the query runs to its end).
     */
    static List<Case> reportedHangs() {
        return List.of(
                new Case("1,000 nested subqueries", "SELECT " + "(SELECT ".repeat(1_000) + "1" + ")".repeat(1_000), Stop.NONE),
                new Case("1,000 nested IN subqueries", "SELECT * FROM t WHERE a IN ("
                        + "SELECT a FROM t WHERE a IN (".repeat(1_000) + "1" + ")".repeat(1_001), Stop.NONE),
                new Case("5,000 chained ORs", "SELECT * FROM t WHERE " + "a = 1 OR ".repeat(5_000) + "a = 2", Stop.NONE),
                new Case("cartesian explosion, cancelled",
                        "SELECT COUNT(*) FROM t t1, t t2, t t3, t t4, t t5, t t6, t t7, t t8, t t9, t t10, t t11, t t12", Stop.CANCEL));
    }

    /** {@code count} cases: the fixed extreme ones, then generated ones from {@code seed}. */
    static List<Case> cases(int count, long seed) {
        List<Case> cases = new ArrayList<>(extremes());
        Random random = new Random(seed);
        while (cases.size() < count) {
            cases.add(generated(random, cases.size()));
        }
        return cases;
    }

    private static List<Case> extremes() {
        return List.of(
                new Case("10,000 nested parentheses", "SELECT " + "(".repeat(10_000) + "1" + ")".repeat(10_000), Stop.NONE),
                new Case("10,000 unclosed parentheses", "SELECT " + "(".repeat(10_000) + "1", Stop.NONE),
                new Case("2,000 nested function calls", "SELECT " + "abs(".repeat(2_000) + "1" + ")".repeat(2_000), Stop.NONE),
                new Case("10 MB string literal", "SELECT LENGTH('" + "x".repeat(10 << 20) + "')", Stop.NONE),
                new Case("10 MB unterminated string", "SELECT '" + "y".repeat(10 << 20), Stop.NONE),
                new Case("1,000,000-digit number", "SELECT " + "9".repeat(1_000_000), Stop.NONE),
                new Case("1,000,000-digit decimal", "SELECT 0." + "1".repeat(1_000_000) + " + 1", Stop.NONE),
                new Case("lone high surrogate", "SELECT '\uD800'", Stop.NONE),
                new Case("lone low surrogate in identifier", "SELECT \uDC00 FROM t", Stop.NONE),
                new Case("surrogate pair reversed", "INSERT INTO t(b) VALUES ('\uDC00\uD800')", Stop.NONE),
                new Case("NUL characters", "SELECT 1\u0000; DROP TABLE t", Stop.NONE),
                new Case("zeroblob(2147483647)", "SELECT zeroblob(2147483647)", Stop.NONE),
                new Case("randomblob(2000000000)", "SELECT randomblob(2000000000)", Stop.NONE),
                new Case("huge repeat via printf", "SELECT printf('%.*c', 2147483647, 'x')", Stop.NONE),
                new Case("LIMIT beyond long", "SELECT * FROM t LIMIT 99999999999999999999999", Stop.NONE),
                new Case("integer overflow", "SELECT 9223372036854775807 + 1, -9223372036854775808 - 1, -(-9223372036854775808)", Stop.NONE),
                new Case("division edge", "SELECT 1 / 0, 1 % 0, -9223372036854775808 / -1", Stop.NONE),
                new Case("exponent overflow", "SELECT 1e999999999, -1e-999999999, 1e", Stop.NONE),
                new Case("endless recursive CTE, query timeout 2 s", ENDLESS_CTE, Stop.TIMEOUT),
                new Case("endless recursive CTE, cancelled", ENDLESS_CTE, Stop.CANCEL),
                new Case("empty statement", "", Stop.NONE),
                new Case("only a semicolon", ";", Stop.NONE),
                new Case("only a comment", "-- nothing", Stop.NONE),
                new Case("unterminated block comment", "SELECT 1 /* never closed", Stop.NONE),
                new Case("unknown pragma", "PRAGMA no_such_pragma = 1", Stop.NONE),
                new Case("pragma with garbage value", "PRAGMA cache_size = 'lots'", Stop.NONE),
                new Case("journal mode garbage", "PRAGMA journal_mode = banana", Stop.NONE),
                new Case("nested transactions", "BEGIN; BEGIN; COMMIT; COMMIT", Stop.NONE),
                new Case("release unknown savepoint", "RELEASE SAVEPOINT nowhere", Stop.NONE),
                new Case("5,000-way IN list", "SELECT * FROM t WHERE a IN (" + "1,".repeat(5_000) + "2)", Stop.NONE),
                new Case("2,000-column select", "SELECT " + "a,".repeat(2_000) + "a FROM t", Stop.NONE),
                new Case("parameter marker without binding", "SELECT ? + 1", Stop.NONE));
    }

    private static Case generated(Random random, int index) {
        return switch (random.nextInt(7)) {
            case 0 -> new Case("#" + index + " keyword soup", soup(random), Stop.NONE);
            case 1 -> new Case("#" + index + " truncated", truncated(random), Stop.NONE);
            case 2 -> new Case("#" + index + " mutated", mutated(random), Stop.NONE);
            case 3 -> new Case("#" + index + " random characters", randomCharacters(random), Stop.NONE);
            case 4 -> new Case("#" + index + " unbalanced", unbalanced(random), Stop.NONE);
            case 5 -> new Case("#" + index + " huge number", hugeNumber(random), Stop.NONE);
            default -> new Case("#" + index + " deep nesting", deepNesting(random), Stop.NONE);
        };
    }

    private static String soup(Random random) {
        StringBuilder sql = new StringBuilder();
        for (int i = 1 + random.nextInt(25); i > 0; i--) {
            sql.append(TOKENS[random.nextInt(TOKENS.length)]).append(' ');
        }
        return sql.toString().trim();
    }

    private static String valid(Random random) {
        return VALID[random.nextInt(VALID.length)];
    }

    private static String truncated(Random random) {
        String sql = valid(random);
        return sql.substring(0, random.nextInt(sql.length()));
    }

    private static String mutated(Random random) {
        StringBuilder sql = new StringBuilder(valid(random));
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            int at = random.nextInt(sql.length());
            switch (random.nextInt(3)) {
                case 0 -> sql.deleteCharAt(at);
                case 1 -> sql.insert(at, "(),;'\"`[]*?-.".charAt(random.nextInt(13)));
                default -> sql.insert(at, ' ' + TOKENS[random.nextInt(TOKENS.length)] + ' ');
            }
        }
        return sql.toString();
    }

    private static String randomCharacters(Random random) {
        StringBuilder sql = new StringBuilder(random.nextBoolean() ? "SELECT " : "");
        for (int i = 1 + random.nextInt(200); i > 0; i--) {
            int kind = random.nextInt(4);
            sql.append(kind == 0 ? (char) random.nextInt(32)
                    : kind == 1 ? (char) (32 + random.nextInt(95))
                    : kind == 2 ? (char) random.nextInt(0x10000)
                    : (char) (0xD800 + random.nextInt(0x800)));
        }
        return sql.toString();
    }

    private static String unbalanced(Random random) {
        String[] shapes = {
            "SELECT 'abc", "SELECT \"abc FROM t", "SELECT (1 + (2 * 3)", "SELECT 1 + 2))", "SELECT `a FROM t",
            "SELECT [a FROM t", "INSERT INTO t VALUES ('it''s", "SELECT X'0g'", "SELECT X'abc'",
            "SELECT * FROM t WHERE b = 'x\" AND c = 1", "SELECT ((((a)))))) FROM t", "SELECT CASE WHEN 1 THEN 2",
        };
        String shape = shapes[random.nextInt(shapes.length)];
        return random.nextBoolean() ? shape : shape + " " + soup(random);
    }

    private static String hugeNumber(Random random) {
        String digits = "9".repeat(20 + random.nextInt(400));
        String[] shapes = {
            "SELECT " + digits, "SELECT -" + digits, "SELECT " + digits + "." + digits, "SELECT 1e" + digits,
            "SELECT * FROM t LIMIT " + digits, "SELECT * FROM t WHERE a = " + digits, "INSERT INTO t(a) VALUES (" + digits + ")",
            "SELECT CAST('" + digits + "' AS INTEGER)", "SELECT 0x" + "f".repeat(17 + random.nextInt(100)),
            "SELECT substr('abc', " + digits + ", -" + digits + ")", "SELECT * FROM t ORDER BY " + digits,
        };
        return shapes[random.nextInt(shapes.length)];
    }

    private static String deepNesting(Random random) {
        int depth = 50 + random.nextInt(3_000);
        String[][] shapes = {
            {"SELECT ", "-(", "1", ")"}, {"SELECT ", "NOT (", "1", ")"}, {"SELECT ", "CAST((", "1", ") AS TEXT)"},
            {"SELECT ", "CASE WHEN 1 THEN (", "1", ") END"}, {"SELECT ", "coalesce(", "NULL", ", 1)"},
        };
        String[] shape = shapes[random.nextInt(shapes.length)];
        return shape[0] + shape[1].repeat(depth) + shape[2] + shape[3].repeat(depth);
    }
}
