package dev.aliendb.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AlienParser.split: semicolons inside quotes, comments and trigger bodies do not split. */
class StatementSplitterTest {

  @Test
  void splitsAtTopLevelSemicolons() throws SQLException {
    assertEquals(List.of("SELECT 1", "SELECT 2"), AlienParser.split("SELECT 1; SELECT 2;"));
    assertEquals(List.of("SELECT 1", "SELECT 2"), AlienParser.split("SELECT 1;;\n ; SELECT 2"));
    assertEquals(List.of(), AlienParser.split("  ; -- only a comment\n /* and another */ "));
  }

  @Test
  void quotesAndCommentsHideSemicolons() throws SQLException {
    String script = "INSERT INTO t VALUES('a;b', \"c;d\", [e;f], `g;h`); -- x; y\n/* ; */ SELECT 'it''s;'";
    assertEquals(List.of("INSERT INTO t VALUES('a;b', \"c;d\", [e;f], `g;h`)", "SELECT 'it''s;'"),
        AlienParser.split(script));
  }

  @Test
  void triggerBodiesStayWhole() throws SQLException {
    String trigger = "CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN\n"
        + "  UPDATE t SET b = CASE WHEN new.a > 0 THEN 1 ELSE 0 END;\n"
        + "  INSERT INTO log VALUES(new.a);\n"
        + "END";
    assertEquals(List.of(trigger, "SELECT 1"), AlienParser.split(trigger + ";\nSELECT 1;"));
    assertEquals(List.of("BEGIN", "COMMIT"), AlienParser.split("BEGIN; COMMIT;"));
  }

  @Test
  void unterminatedQuoteIsAnError() {
    SQLException e = assertThrows(SQLException.class, () -> AlienParser.split("SELECT 1; SELECT 'abc"));
    assertEquals("42000", e.getSQLState());
    assertEquals("unrecognized token: \"'abc\" at line 1, column 18", e.getMessage());
  }
}
