package dev.aliendb.sql.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test: every expression in expressions.txt is evaluated as {@code SELECT <expr> FROM t} by
 * SQLite (xerial) and by AlienDB's validator + RexCompiler over the same rows (read back from SQLite, so
 * both see identical stored values). Results must have the same storage class and value for every row;
 * when SQLite reports an error, AlienDB must throw an SQLException too.
 */
class ExpressionDifferentialTest {
    private static final String[] SETUP = {
        "CREATE TABLE t(i INTEGER, r REAL, x TEXT, n NUMERIC, b BLOB, u)",
        "INSERT INTO t VALUES (5, 2.5, '5', 7, x'0102', '10')",
        "INSERT INTO t VALUES (-3, 0.0, 'abc', 1.5, NULL, 3)",
        "INSERT INTO t VALUES (NULL, NULL, NULL, NULL, NULL, NULL)",
        "INSERT INTO t VALUES (9223372036854775807, 1e300, ' 12 ', '3.0', 'x', 1.0)",
    };
    private static SqliteOracle sqlite;
    private static SqlHarness alien;

    @BeforeAll
    static void setUp() throws Exception {
        sqlite = new SqliteOracle(SETUP);
        alien = new SqlHarness().table(SqlHarness.tableDef("t", "i INTEGER", "r REAL", "x TEXT", "n NUMERIC",
                "b BLOB", "u"), sqlite.query("SELECT i, r, x, n, b, u FROM t"));
    }

    @AfterAll
    static void tearDown() throws SQLException {
        sqlite.close();
    }

    static List<String> expressions() throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ExpressionDifferentialTest.class.getResourceAsStream("expressions.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    @TestFactory
    Stream<DynamicTest> sameAsSqlite() throws Exception {
        return expressions().stream().map(line -> DynamicTest.dynamicTest(line, () -> check(line)));
    }

    private static boolean nondeterministic(String expr) {
        return expr.contains("random");
    }

    private static void check(String line) throws Exception {
        String[] forms = line.split(" ;; ");
        String sqliteExpr = forms[0];
        String alienExpr = forms.length > 1 ? forms[1] : forms[0];
        List<Object[]> expected;
        try {
            expected = sqlite.query("SELECT " + sqliteExpr + " FROM t");
        } catch (SQLException sqliteError) {
            assertThrows(SQLException.class, () -> alien.query("SELECT " + alienExpr + " FROM t"),
                    "SQLite fails with " + sqliteError.getMessage());
            return;
        }
        List<Object[]> actual = alien.query("SELECT " + alienExpr + " FROM t");
        assertEquals(expected.size(), actual.size(), "row count");
        for (int row = 0; row < expected.size(); row++) {
            Object e = expected.get(row)[0];
            Object a = SqlValues.normalize(actual.get(row)[0]);
            boolean same = nondeterministic(line) ? SqlValues.typeName(e).equals(SqlValues.typeName(a))
                    : SqliteOracle.sameValue(e, a);
            if (!same) {
                fail("row " + row + ": SQLite " + SqliteOracle.show(e) + ", AlienDB " + SqliteOracle.show(a));
            }
        }
    }
}
