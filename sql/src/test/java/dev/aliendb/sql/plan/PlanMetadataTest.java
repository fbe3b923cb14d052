package dev.aliendb.sql.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aliendb.sql.ExecutionControl;
import dev.aliendb.sql.SqlEngine;
import dev.aliendb.sql.SqlResult;
import dev.aliendb.sql.SqlSession;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Filters that compare with a NULL literal under DISTINCT / GROUP BY used to fail planning with Calcite's
 * "Comparison with NULL in pulledUpPredicates" assertion (sqllogictest random/groupby/slt_good_10.test:1567);
 * with {@link PlanMetadata} they plan and return what SQLite returns.
 */
class PlanMetadataTest {
    private static final String[] SETUP = {
        "CREATE TABLE tab1(col0 INTEGER, col1 INTEGER, col2 INTEGER)",
        "INSERT INTO tab1 VALUES (51, 14, 96), (85, 5, 59), (91, 47, 68), (91, NULL, 3)",
    };

    private static final String[] QUERIES = {
        "SELECT DISTINCT col1 AS col2 FROM tab1 AS cor0 GROUP BY col1 HAVING NULL BETWEEN + col2 AND NULL",
        "SELECT DISTINCT col1 FROM tab1 GROUP BY col1 HAVING NULL BETWEEN col1 AND NULL",
        "SELECT DISTINCT col0 FROM tab1 WHERE NULL <= col1",
        "SELECT DISTINCT col0 FROM tab1 WHERE col1 = NULL OR col0 > 60",
        "SELECT col1, COUNT(*) FROM tab1 WHERE NULL > col2 GROUP BY col1",
        "SELECT DISTINCT col0 FROM tab1 WHERE NOT NULL <> col1 OR col1 IS NULL",
        "SELECT DISTINCT col0, col1 FROM (SELECT * FROM tab1 WHERE col2 < NULL) AS t",
    };

    @Test
    void nullComparisonsUnderDistinctAndGroupByMatchSqlite() throws Exception {
        try (SqlSession alien = SqlEngine.openSession("mem:plan-metadata", Map.of());
             Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement s = sqlite.createStatement()) {
            for (String sql : SETUP) {
                alien.prepare(sql).execute(new Object[0], null).close();
                s.execute(sql);
            }
            for (String q : QUERIES) {
                assertEquals(sqliteRows(s, q), alienRows(alien, q), q);
            }
        }
    }

    @Test
    void alwaysNullHavingReturnsNoRows() throws Exception {
        try (SqlSession alien = SqlEngine.openSession("mem:plan-metadata-having", Map.of())) {
            for (String sql : SETUP) {
                alien.prepare(sql).execute(new Object[0], null).close();
            }
            assertEquals(List.of(), alienRows(alien, QUERIES[0]));
        }
    }

    private static List<String> alienRows(SqlSession session, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (SqlResult r = session.prepare(sql).execute(new Object[0], new ExecutionControl(30))) {
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < r.columns().size(); i++) {
                    row.append(i == 0 ? "" : "|").append(r.get(i));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static List<String> sqliteRows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.append(i == 1 ? "" : "|").append(v instanceof Integer x ? Long.valueOf(x) : v);
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
