package dev.aliendb.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.aliendb.sql.command.Command;
import java.sql.SQLException;
import org.apache.calcite.sql.SqlKind;
import org.junit.jupiter.api.Test;

/** AlienParser's dispatch: commands bypass Calcite; EXPLAIN prefixes are recognized. */
class AlienParserCommandTest {

  @Test
  void commandsBypassCalcite() throws SQLException {
    ParsedStatement p = AlienParser.parse("BEGIN IMMEDIATE;");
    assertNull(p.node());
    assertEquals(new Command.Begin(Command.Begin.Mode.IMMEDIATE), p.command());
    assertEquals(0, p.parameterCount());
    assertEquals(new Command.Pragma(null, "journal_mode", "WAL"), AlienParser.parse("PRAGMA journal_mode=WAL").command());
    assertEquals(new Command.Commit(), AlienParser.parse("-- c\nEND").command());
  }

  @Test
  void explainPrefixes() throws SQLException {
    ParsedStatement e = AlienParser.parse("EXPLAIN SELECT a FROM t");
    assertEquals(ParsedStatement.Explain.EXPLAIN, e.explain());
    assertEquals(SqlKind.SELECT, e.node().getKind());
    ParsedStatement q = AlienParser.parse("explain query plan SELECT a FROM t WHERE a = ?");
    assertEquals(ParsedStatement.Explain.QUERY_PLAN, q.explain());
    assertEquals(1, q.parameterCount());
    ParsedStatement c = AlienParser.parse("EXPLAIN QUERY PLAN COMMIT");
    assertEquals(new Command.Commit(), c.command());
    assertEquals(ParsedStatement.Explain.QUERY_PLAN, c.explain());
  }

  @Test
  void errorPositionsCountTheExplainPrefix() {
    SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
        () -> AlienParser.parse("EXPLAIN SELECT FROM"));
    assertEquals("near \"FROM\": syntax error at line 1, column 16", e.getMessage());
  }
}
