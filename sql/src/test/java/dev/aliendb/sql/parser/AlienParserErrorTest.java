package dev.aliendb.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Syntax errors carry SQLSTATE 42000 and SQLite's wording; hostile input never escapes as an Error. */
class AlienParserErrorTest {

  static SQLException error(String sql) {
    return assertThrows(SQLException.class, () -> AlienParser.parse(sql));
  }

  @Test
  void nearTokenWithPosition() {
    SQLException e = error("SELECT a FROM FROM t");
    assertEquals("42000", e.getSQLState());
    assertEquals("near \"FROM\": syntax error at line 1, column 15", e.getMessage());
    SQLException multi = error("SELECT a\nFROM t\nWHERE ) x");
    assertEquals("near \")\": syntax error at line 3, column 7", multi.getMessage());
  }

  @Test
  void incompleteInput() {
    SQLException e = error("SELECT a FROM");
    assertEquals("42000", e.getSQLState());
    assertTrue(e.getMessage().startsWith("incomplete input"), e.getMessage());
    assertTrue(error("SELECT (1 + ").getMessage().startsWith("incomplete input"));
  }

  @Test
  void unrecognizedTokens() {
    SQLException e = error("SELECT 'abc FROM t");
    assertEquals("42000", e.getSQLState());
    assertEquals("unrecognized token: \"'abc FROM t\" at line 1, column 8", e.getMessage());
    SQLException hash = error("SELECT # FROM t");
    assertEquals("42000", hash.getSQLState());
    assertTrue(hash.getMessage().startsWith("unrecognized token: \"#\""), hash.getMessage());
  }

  @Test
  void emptyAndMultipleStatements() {
    assertEquals("42000", error("").getSQLState());
    assertEquals("42000", error("  ;  -- nothing").getSQLState());
    assertEquals("near \";\": syntax error at line 1, column 9", error("SELECT 1; SELECT 2").getMessage());
    assertEquals("42000", error(null).getSQLState());
  }

  @Test
  void deepNestingIsTooComplex() {
    String deep = "SELECT " + "(".repeat(10_000) + "1" + ")".repeat(10_000);
    SQLException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> error(deep));
    assertEquals("54001", e.getSQLState());
  }

  @Test
  void nestingAtTheLimitParsesOrIsTooComplex() {
    parsesOrIsTooComplex("SELECT " + "(".repeat(AlienParser.MAX_DEPTH) + "1" + ")".repeat(AlienParser.MAX_DEPTH));
  }

  @Test
  void longOperatorChainParsesOrIsTooComplex() {
    parsesOrIsTooComplex("SELECT 1" + " + 1".repeat(5_000));
  }

  /** Hostile but legal input: a tree, or SQLSTATE 54001 — never an Error, never a hang. */
  private static void parsesOrIsTooComplex(String sql) {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      try {
        assertNotNull(AlienParser.parse(sql).node());
      } catch (SQLException e) {
        assertEquals("54001", e.getSQLState());
      }
    });
  }

  @Test
  void tenMegabyteLiteral() {
    String big = "x".repeat(10 * 1024 * 1024);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      ParsedStatement p = AlienParser.parse("SELECT '" + big + "'");
      assertNotNull(p.node());
    });
  }

  @Test
  void millionDigitNumber() {
    String digits = "9".repeat(1_000_000);
    SQLException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> error("SELECT " + digits));
    assertEquals("22003", e.getSQLState());
    assertNotNull(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> AlienParser.parse("SELECT 1" + "0".repeat(900))));
  }

  @Test
  void loneSurrogates() {
    for (String sql : new String[] {"SELECT '\uD800'", "SELECT \uDC00", "SELECT \"a\uD800b\"", "SELECT x\uD800"}) {
      try {
        assertNotNull(AlienParser.parse(sql).node());
      } catch (SQLException e) {
        assertEquals("42000", e.getSQLState());
      }
    }
  }
}
