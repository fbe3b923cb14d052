package dev.aliendb.sql.parser;

import static dev.aliendb.sql.parser.AlienParserDdlTest.node;
import static dev.aliendb.sql.parser.AlienParserDdlTest.unparse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.sql.parser.ast.AlienInsert;
import dev.aliendb.sql.parser.ast.AlienUpdate;
import dev.aliendb.sql.parser.ast.ConflictAction;
import java.sql.SQLException;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SQLite expression syntax and DML forms. */
class AlienParserExpressionTest {

  /** The WHERE condition of "SELECT * FROM t WHERE cond", unparsed. */
  static String where(String cond) throws SQLException {
    SqlSelect select = (SqlSelect) node("SELECT * FROM t WHERE " + cond);
    return unparse(select.getWhere());
  }

  @Test
  void equalityAndInequalitySpellings() throws SQLException {
    assertEquals("a = 1", where("a == 1"));
    assertEquals("a = 1 AND b = 2", where("a == 1 AND b = 2"));
    assertEquals("a <> 1", where("a != 1"));
    assertEquals("a <> 1", where("a <> 1"));
    assertEquals("MOD(a, 3) = 1", where("a % 3 = 1").replace("a % 3", "MOD(a, 3)"));
  }

  @Test
  void nullTests() throws SQLException {
    assertEquals("a IS NULL", where("a ISNULL"));
    assertEquals("a IS NOT NULL", where("a NOTNULL"));
    assertEquals("a IS NOT NULL", where("a NOT NULL"));
    assertEquals("a IS NOT NULL AND b IS NULL", where("a NOT NULL AND b ISNULL"));
    assertEquals("NOT - col1 IS NULL", where("NOT - col1 IS NULL"));
  }

  @Test
  void isAndIsNotWithExpressions() throws SQLException {
    assertEquals("a IS NOT DISTINCT FROM 5", where("a IS 5"));
    assertEquals("a IS DISTINCT FROM b + 1", where("a IS NOT b + 1"));
    assertEquals("a IS TRUE", where("a IS TRUE"));
    assertEquals("a IS NOT NULL", where("a IS NOT NULL"));
    assertEquals("a IS DISTINCT FROM b", where("a IS DISTINCT FROM b"));
    assertEquals("a IS NOT DISTINCT FROM x", where("a IS x"));
  }

  @Test
  void inForms() throws SQLException {
    assertEquals("a IN (1, 2)", where("a IN (1, 2)"));
    assertEquals("a NOT IN (1, 2)", where("a NOT IN (1, 2)"));
    assertEquals("a NOT IN (1, 2)", where("a NOT IN(1, 2)"));
    assertEquals("a NOT IN (SELECT b FROM u)", where("a NOT IN (SELECT b FROM u)"));
    assertEquals("a IN (SELECT * FROM u)", where("a IN u"));
    assertEquals("a NOT IN (SELECT * FROM u)", where("a NOT IN u"));
    assertEquals("a IN ()", where("a IN ()"));
    assertEquals("a NOT IN ()", where("a NOT IN ( )"));
    assertEquals("a NOT IN ()", where("a NOT IN()"));
    assertEquals("NOT in_stock", where("NOT in_stock"));
    assertEquals("NOT inx AND b", where("NOT inx AND b"));
  }

  @Test
  void glob() throws SQLException {
    SqlBasicCall call = (SqlBasicCall) ((SqlSelect) node("SELECT * FROM t WHERE name GLOB 'a*'")).getWhere();
    assertEquals(AlienOperators.GLOB, call.getOperator());
    assertEquals("name GLOB 'a*'", unparse(call));
    assertEquals("name NOT GLOB 'a*' OR b", where("name NOT GLOB 'a*' OR b"));
    assertEquals("glob('a*', name)", unparse(((SqlSelect) node("SELECT glob('a*', name) FROM t")).getSelectList().get(0)));
  }

  @Test
  void collateBindsTightest() throws SQLException {
    SqlBasicCall eq = (SqlBasicCall) ((SqlSelect) node("SELECT * FROM t WHERE a = b COLLATE NOCASE")).getWhere();
    assertEquals(SqlKind.EQUALS, eq.getKind());
    assertEquals("NOCASE", AlienOperators.collationOf(eq.operand(1)));
    assertEquals("a = b COLLATE NOCASE", unparse(eq));
    SqlOrderBy o = (SqlOrderBy) node("SELECT a FROM t ORDER BY a COLLATE nocase DESC");
    SqlBasicCall desc = (SqlBasicCall) o.orderList.get(0);
    assertEquals(SqlKind.DESCENDING, desc.getKind());
    assertEquals("nocase", AlienOperators.collationOf(desc.operand(0)));
  }

  @Test
  void quotingStyles() throws SQLException {
    SqlSelect s = (SqlSelect) node("SELECT [my col], `other col`, \"third\", plain FROM [my table]");
    assertEquals("my col", ((SqlIdentifier) s.getSelectList().get(0)).getSimple());
    assertEquals("other col", ((SqlIdentifier) s.getSelectList().get(1)).getSimple());
    assertEquals("third", ((SqlIdentifier) s.getSelectList().get(2)).getSimple());
    assertEquals("my table", ((SqlIdentifier) s.getFrom()).getSimple());
  }

  @Test
  void keywordsUsableAsColumnNames() throws SQLException {
    SqlSelect s = (SqlSelect) node("SELECT value, key, year, month, day, hour, name, type, temp, glob, index, if,"
        + " fail, date, time, timestamp, new, old FROM t");
    assertEquals(18, s.getSelectList().size());
    assertEquals(SqlKind.OTHER_FUNCTION, ((SqlSelect) node("SELECT date('now'), time('now', 'utc')")).getSelectList().get(1)
        .getKind());
    assertEquals(SqlKind.LITERAL, ((SqlSelect) node("SELECT DATE '2020-01-02'")).getSelectList().get(0).getKind());
    assertEquals("value", s.getSelectList().get(0).toString().replace("`", ""));
  }

  @Test
  void limitForms() throws SQLException {
    SqlOrderBy a = (SqlOrderBy) node("SELECT a FROM t ORDER BY a LIMIT 5, 10");
    assertEquals("5", a.offset.toString());
    assertEquals("10", a.fetch.toString());
    SqlOrderBy b = (SqlOrderBy) node("SELECT a FROM t LIMIT 10 OFFSET 5");
    assertEquals("5", b.offset.toString());
    assertEquals("10", b.fetch.toString());
    SqlOrderBy unlimited = (SqlOrderBy) node("SELECT a FROM t LIMIT -1 OFFSET 5");
    assertEquals("5", unlimited.offset.toString());
    assertEquals(null, unlimited.fetch);
    assertEquals(SqlKind.SELECT, node("SELECT a FROM t LIMIT - 1").getKind());
  }

  @Test
  void literalsAndOperators() throws SQLException {
    SqlSelect s = (SqlSelect) node("SELECT x'0A1b', 'it''s', 'a' || 'b', +5, -a, - - 3, 1e3, .5, CURRENT_TIMESTAMP");
    String u = unparse(s);
    assertTrue(u.contains("X'0A1B'") || u.contains("X'0A1b'"), u);
    assertTrue(u.contains("'a' || 'b'"), u);
  }

  @Test
  void hexIntegers() throws SQLException {
    SqlSelect s = (SqlSelect) node("SELECT 0x1F, 0XfF, 0x7FFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF");
    assertEquals("31", s.getSelectList().get(0).toString());
    assertEquals("255", s.getSelectList().get(1).toString());
    assertEquals("9223372036854775807", s.getSelectList().get(2).toString());
    assertEquals("-1", s.getSelectList().get(3).toString());
    SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
        () -> node("SELECT 0x10000000000000000"));
    assertTrue(e.getMessage().startsWith("hex literal too big"), e.getMessage());
  }

  @Test
  void orderByNulls() throws SQLException {
    SqlOrderBy o = (SqlOrderBy) node("SELECT a FROM t ORDER BY a DESC NULLS FIRST, b ASC NULLS LAST");
    assertEquals(SqlKind.NULLS_FIRST, o.orderList.get(0).getKind());
    assertEquals(SqlKind.NULLS_LAST, o.orderList.get(1).getKind());
  }

  @Test
  void indexedByAndNotIndexedAreAccepted() throws SQLException {
    SqlSelect s = (SqlSelect) node("SELECT * FROM t1 AS a INDEXED BY t1i0 WHERE a.x > 1");
    assertEquals(SqlKind.AS, s.getFrom().getKind());
    SqlSelect n = (SqlSelect) node("SELECT * FROM t1 NOT INDEXED WHERE NOT indexed");
    assertEquals("t1", n.getFrom().toString().replace("`", ""));
    assertEquals(SqlKind.NOT, n.getWhere().getKind());
    assertEquals(SqlKind.DELETE, node("DELETE FROM t1 INDEXED BY i WHERE a = 1").getKind());
  }

  @Test
  void insertForms() throws SQLException {
    assertInstanceOf(SqlInsert.class, node("INSERT INTO t VALUES (1, 'a')"));
    assertInstanceOf(SqlInsert.class, node("INSERT INTO t(a, b) SELECT x, y FROM u"));
    for (ConflictAction action : ConflictAction.values()) {
      AlienInsert i = (AlienInsert) node("INSERT OR " + action + " INTO t(a) VALUES (1)");
      assertEquals(action, i.action());
      assertEquals("a", i.columns().get(0).toString().replace("`", ""));
      assertEquals(SqlKind.VALUES, i.insert().getSource().getKind());
      assertEquals("INSERT OR " + action + " INTO t (a) VALUES ROW(1)", unparse(i));
    }
    AlienInsert r = (AlienInsert) node("REPLACE INTO t VALUES (1)");
    assertEquals(ConflictAction.REPLACE, r.action());
    assertTrue(unparse(r).startsWith("REPLACE INTO t"), unparse(r));
    AlienInsert d = (AlienInsert) node("INSERT INTO t DEFAULT VALUES");
    assertTrue(d.defaultValues());
    assertEquals(ConflictAction.ABORT, d.action());
    assertEquals("INSERT OR ABORT INTO t DEFAULT VALUES", unparse(d));
  }

  @Test
  void upsert() throws SQLException {
    AlienInsert nothing = (AlienInsert) node("INSERT INTO t(a, b) VALUES (1, 2) ON CONFLICT DO NOTHING");
    assertEquals(ConflictAction.ABORT, nothing.action());
    assertEquals(1, nothing.upserts().size());
    assertTrue(nothing.upserts().get(0).doNothing());
    assertTrue(nothing.upserts().get(0).conflictTarget().isEmpty());
    AlienInsert update = (AlienInsert) node("INSERT INTO t(a, b) VALUES (1, 2) ON CONFLICT (a) WHERE a > 0"
        + " DO UPDATE SET b = excluded.b, c = c + 1 WHERE b <> excluded.b");
    var u = update.upserts().get(0);
    assertEquals("a", u.conflictTarget().get(0).columnName());
    assertEquals(SqlKind.GREATER_THAN, u.targetWhere().getKind());
    assertEquals(2, u.targetColumns().size());
    assertEquals("excluded.b", u.sourceExpressions().get(0).toString().replace("`", ""));
    assertEquals(SqlKind.NOT_EQUALS, u.updateWhere().getKind());
    assertTrue(unparse(update).endsWith("ON CONFLICT (a) WHERE a > 0 DO UPDATE SET b = excluded.b, c = c + 1"
        + " WHERE b <> excluded.b"), unparse(update));
    AlienInsert select = (AlienInsert) node("INSERT INTO t SELECT * FROM u WHERE true ON CONFLICT(a) DO NOTHING");
    assertEquals(SqlKind.SELECT, select.insert().getSource().getKind());
  }

  @Test
  void updateOr() throws SQLException {
    AlienUpdate u = (AlienUpdate) node("UPDATE OR IGNORE t AS x SET a = 1, b = b + 1 WHERE c = 2");
    assertEquals(ConflictAction.IGNORE, u.action());
    assertEquals(2, u.update().getTargetColumnList().size());
    assertEquals("x", u.update().getAlias().getSimple());
    assertEquals("UPDATE OR IGNORE t AS x SET a = 1, b = b + 1 WHERE c = 2", unparse(u));
    assertInstanceOf(SqlUpdate.class, node("UPDATE t SET a = 1"));
  }

  @Test
  void updateAndDelete() throws SQLException {
    assertEquals(SqlKind.UPDATE, node("UPDATE t SET a = a + 1, b = 'x' WHERE c == 2").getKind());
    assertEquals(SqlKind.DELETE, node("DELETE FROM t WHERE a ISNULL").getKind());
  }

  @Test
  void trailingSemicolonsAndComments() throws SQLException {
    assertEquals(SqlKind.SELECT, node("SELECT 1; ").getKind());
    assertEquals(SqlKind.SELECT, node("SELECT 1;;  -- done\n").getKind());
    assertEquals(SqlKind.SELECT, node("/* c */ SELECT 1 /* x */").getKind());
  }

  @Test
  void withRecursive() throws SQLException {
    SqlNode n = node("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5) SELECT x FROM c");
    assertEquals(SqlKind.WITH, n.getKind());
  }

  /** First statements of sqllogictest files. */
  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE TABLE t1(a INTEGER, b INTEGER, c INTEGER, d INTEGER, e INTEGER)",
      "INSERT INTO t1(e,c,b,d,a) VALUES(103,102,100,101,104)",
      "SELECT CASE WHEN c>(SELECT avg(c) FROM t1) THEN a*2 ELSE b*10 END FROM t1 ORDER BY 1",
      "SELECT a+b*2+c*3 FROM t1 WHERE (e>c OR e<d) AND d>e",
      "CREATE UNIQUE INDEX t1i0 ON t1(a1 DESC, b1)",
      "SELECT * FROM tab0 AS cor0 CROSS JOIN tab1 WHERE NOT - col1 IS NULL",
      "SELECT ALL - 64 * + 56 / - + 89 AS col1",
      "SELECT DISTINCT - col2 FROM tab2 WHERE NOT ( - col0 ) NOT BETWEEN ( NULL ) AND - 30",
      "SELECT pk FROM tab0 WHERE col3 < 6 OR col3 < 1 AND col3 BETWEEN 2 AND 7",
      "SELECT ALL * FROM tab1 WHERE NOT + col0 NOT IN ( + col1 )",
      "SELECT + COUNT( * ) * - CAST( NULL AS SIGNED ) FROM tab2",
      "SELECT - col2 + + 83 col2 FROM tab1 AS cor0 GROUP BY col2",
      "CREATE TABLE t1( x INTEGER, y VARCHAR(8) )",
      "CREATE VIEW view1 AS SELECT x FROM t1 WHERE x>0",
      "SELECT x, y FROM t1 WHERE y IN (SELECT y FROM t1) ORDER BY x",
      "INSERT INTO t1 VALUES(1,'true')",
      "SELECT count(*) FROM t1 WHERE x NOT NULL",
      "REINDEX t1i1",
  })
  void sqllogictestStatementsParse(String sql) throws SQLException {
    assertTrue(AlienParser.parse(sql) != null);
  }
}
