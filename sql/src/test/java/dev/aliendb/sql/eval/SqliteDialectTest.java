package dev.aliendb.sql.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.engine.Affinity;
import dev.aliendb.engine.ColumnDef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validator setup of {@link SqliteDialect}: typical SQLite SQL validates without implicit CASTs,
 * column types carry affinity, NULLs sort first, parameters are untyped, and parameterised comparisons
 * agree with SQLite's affinity rules.
 */
class SqliteDialectTest {
    private static SqlHarness harness;

    @BeforeAll
    static void setUp() {
        harness = new SqlHarness().table(SqlHarness.tableDef("t", "i INTEGER", "x TEXT", "r REAL", "n NUMERIC",
                "b BLOB", "u"), List.<Object[]>of(new Object[] {5L, "5", 2.5, 7L, new byte[] {1}, "10"},
                new Object[] {null, "abc", null, 1.5, null, 3L}));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT i FROM t UNION SELECT x FROM t",
        "SELECT i FROM t UNION ALL SELECT b FROM t UNION SELECT 1.5",
        "SELECT CASE WHEN i THEN 1 ELSE 'x' END FROM t",
        "SELECT COALESCE(i, x), IFNULL(r, 'none'), NULLIF(x, 5) FROM t",
        "SELECT 'a' || 5, 1 + '2', i % 3, x * 2 FROM t",
        "SELECT * FROM t WHERE i = '5' AND x = 5 AND x > i",
        "SELECT * FROM t WHERE i",
        "SELECT * FROM t WHERE NOT x AND (i OR r)",
        "SELECT * FROM t a JOIN t b ON a.i",
        "SELECT x, sum(i) FROM t GROUP BY x HAVING sum(i)",
        "SELECT typeof(i), length(x), substr(x, 2), instr(x, 'b') FROM t",
        "SELECT total(i), group_concat(x, '-'), avg(x), count(DISTINCT u) FROM t",
        "SELECT max(i, x, 3), min(r, 'z') FROM t",
        "SELECT ?, ? + 1, abs(?), CASE WHEN ? THEN ? END",
        "SELECT NULL, NULL + 1, CASE WHEN NULL THEN NULL END",
        "SELECT * FROM t WHERE i IN (SELECT x FROM t) AND x NOT IN (1, 'a', NULL)",
        "SELECT * FROM t WHERE i BETWEEN 'a' AND 3",
        "SELECT * FROM t WHERE x LIKE 5 OR i LIKE '5%' OR i GLOB '5*'",
        "SELECT CAST(x AS INTEGER), CAST(i AS TEXT), CAST(b AS REAL), CAST(u AS BLOB) FROM t",
        "VALUES (1, 'a'), ('b', 2.5)",
        "SELECT (SELECT x FROM t) + 1, EXISTS (SELECT 1 FROM t WHERE t.i = 5)",
        "SELECT i FROM t WHERE i > ALL (SELECT x FROM t)",
        "INSERT INTO t(i, x) VALUES ('text into integer', 5)",
        "UPDATE t SET i = 'x', x = 7 WHERE u",
    })
    void validates(String sql) throws Exception {
        harness.validate(sql);
    }

    @Test
    void noImplicitCastInMixedCase() throws Exception {
        RelNode rel = harness.toRel("SELECT CASE WHEN i THEN 1 ELSE 2.5 END, COALESCE(i, 2.5) FROM t");
        assertFalse(RelOptUtil.toString(rel).contains("CAST"), RelOptUtil.toString(rel));
        assertEquals(1L, harness.query("SELECT CASE WHEN i THEN 1 ELSE 2.5 END FROM t").get(0)[0]);
    }

    @Test
    void nullsSortFirstAscendingLastDescending() throws Exception {
        assertEquals(RelFieldCollation.NullDirection.FIRST, nullDirection("SELECT i FROM t ORDER BY x"));
        assertEquals(RelFieldCollation.NullDirection.LAST, nullDirection("SELECT i FROM t ORDER BY x DESC"));
    }

    private static RelFieldCollation.NullDirection nullDirection(String sql) throws Exception {
        RelNode rel = harness.toRel(sql);
        while (!(rel instanceof Sort)) {
            rel = rel.getInput(0);
        }
        return ((Sort) rel).getCollation().getFieldCollations().get(0).nullDirection;
    }

    @Test
    void sumIsNotTypedForOverflowChecks() throws Exception {
        RelDataType type = harness.toRel("SELECT sum(i) FROM t").getRowType().getFieldList().get(0).getType();
        assertEquals(SqlTypeName.ANY, type.getSqlTypeName());
    }

    @Test
    void columnTypesCarryAffinity() {
        org.apache.calcite.rel.type.RelDataTypeFactory f = SqliteDialect.typeFactory();
        for (String declared : List.of("INTEGER", "BIGINT", "VARCHAR(10)", "TEXT", "REAL", "DOUBLE", "FLOAT",
                "NUMERIC", "DECIMAL(10,2)", "BOOLEAN", "DATE", "BLOB", "")) {
            Affinity a = SqliteTypes.affinityOfDeclared(declared);
            RelDataType t = SqliteDialect.columnType(new ColumnDef("c", declared, a, false, null, false, false), f);
            Affinity back = SqliteTypes.affinityOf(t);
            assertEquals(a == Affinity.BLOB ? null : a, back, declared);
            assertTrue(t.isNullable());
        }
    }

    @Test
    void parametersFollowSqliteAffinity() throws Exception {
        String[] queries = {
            "SELECT count(*) FROM t WHERE i = ?",
            "SELECT count(*) FROM t WHERE x = ?",
            "SELECT count(*) FROM t WHERE ? = 5",
            "SELECT ? + 1",
            "SELECT ? || ?",
        };
        Object[][] values = {{"5"}, {5L}, {"5"}, {"12abc"}, {1.5, 2L}};
        try (SqliteOracle sqlite = new SqliteOracle("CREATE TABLE t(i INTEGER, x TEXT, r REAL, n NUMERIC, b BLOB, u)",
                "INSERT INTO t VALUES (5, '5', 2.5, 7, x'01', '10')",
                "INSERT INTO t VALUES (NULL, 'abc', NULL, 1.5, NULL, 3)")) {
            for (int q = 0; q < queries.length; q++) {
                Object expected = sqliteScalar(sqlite, queries[q], values[q]);
                Object actual = SqlValues.normalize(harness.query(queries[q], values[q]).get(0)[0]);
                assertTrue(SqliteOracle.sameValue(expected, actual),
                        queries[q] + ": SQLite " + SqliteOracle.show(expected) + ", AlienDB " + SqliteOracle.show(actual));
            }
        }
    }

    private static Object sqliteScalar(SqliteOracle sqlite, String sql, Object[] values) throws Exception {
        try (PreparedStatement ps = sqlite.connection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return SqlValues.normalize(rs.getObject(1));
            }
        }
    }

    @Test
    void selectNullHasNoType() throws Exception {
        List<Object[]> rows = new ArrayList<>(harness.query("SELECT NULL"));
        assertNull(rows.get(0)[0]);
    }
}
