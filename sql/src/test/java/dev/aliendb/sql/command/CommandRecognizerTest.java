package dev.aliendb.sql.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The ANTLR command grammar: every command form, names, values and errors. */
class CommandRecognizerTest {

  static Command parse(String sql) throws SQLException {
    return CommandRecognizer.parse(sql);
  }

  @Test
  void transactions() throws SQLException {
    assertEquals(new Command.Begin(Command.Begin.Mode.DEFERRED), parse("BEGIN"));
    assertEquals(new Command.Begin(Command.Begin.Mode.DEFERRED), parse("begin transaction;"));
    assertEquals(new Command.Begin(Command.Begin.Mode.IMMEDIATE), parse("BEGIN IMMEDIATE"));
    assertEquals(new Command.Begin(Command.Begin.Mode.EXCLUSIVE), parse("Begin Exclusive Transaction"));
    assertEquals(new Command.Commit(), parse("COMMIT"));
    assertEquals(new Command.Commit(), parse("END TRANSACTION"));
    assertEquals(new Command.Rollback(null), parse("ROLLBACK"));
    assertEquals(new Command.Rollback("sp1"), parse("ROLLBACK TRANSACTION TO SAVEPOINT sp1"));
    assertEquals(new Command.Rollback("sp 2"), parse("ROLLBACK TO \"sp 2\""));
    assertEquals(new Command.Savepoint("a"), parse("SAVEPOINT a"));
    assertEquals(new Command.Release("a"), parse("RELEASE SAVEPOINT a"));
    assertEquals(new Command.Release("end"), parse("RELEASE end"));
  }

  @Test
  void pragmas() throws SQLException {
    assertEquals(new Command.Pragma(null, "journal_mode", "WAL"), parse("PRAGMA journal_mode = WAL"));
    assertEquals(new Command.Pragma("main", "cache_size", "-2000"), parse("PRAGMA main.cache_size=-2000"));
    assertEquals(new Command.Pragma(null, "table_info", "t1"), parse("PRAGMA table_info(t1)"));
    assertEquals(new Command.Pragma(null, "user_version", null), parse("pragma user_version;"));
    assertEquals(new Command.Pragma(null, "encoding", "UTF-8"), parse("PRAGMA encoding = 'UTF-8'"));
    assertEquals(new Command.Pragma(null, "foreign_keys", "on"), parse("PRAGMA foreign_keys = on"));
    assertEquals(new Command.Pragma(null, "x", "+1.5"), parse("PRAGMA x = +1.5"));
  }

  @Test
  void maintenance() throws SQLException {
    assertEquals(new Command.Checkpoint(null), parse("CHECKPOINT"));
    assertEquals(new Command.Checkpoint("TRUNCATE"), parse("checkpoint truncate"));
    assertEquals(new Command.Vacuum(null, null), parse("VACUUM"));
    assertEquals(new Command.Vacuum("main", "/tmp/x.db"), parse("VACUUM main INTO '/tmp/x.db'"));
    assertEquals(new Command.Analyze(null), parse("ANALYZE"));
    assertEquals(new Command.Analyze("main.t1"), parse("ANALYZE main.t1"));
    assertEquals(new Command.Reindex("t1i1"), parse("REINDEX t1i1"));
    assertEquals(new Command.Reindex(null), parse("REINDEX"));
    assertEquals(new Command.Attach("other.db", "aux"), parse("ATTACH DATABASE 'other.db' AS aux"));
    assertEquals(new Command.Detach("aux"), parse("DETACH aux"));
  }

  @Test
  void commentsAndWhitespace() throws SQLException {
    assertEquals(new Command.Commit(), parse("  /* done */ COMMIT -- bye\n ;"));
  }

  @Test
  void syntaxErrorsAre42000() {
    SQLException e = assertThrows(SQLException.class, () -> parse("BEGIN WORK NOW"));
    assertEquals("42000", e.getSQLState());
    assertEquals("near \"WORK\": syntax error at line 1, column 7", e.getMessage());
    SQLException incomplete = assertThrows(SQLException.class, () -> parse("SAVEPOINT"));
    assertTrue(incomplete.getMessage().startsWith("incomplete input"), incomplete.getMessage());
    assertEquals("42000", assertThrows(SQLException.class, () -> parse("PRAGMA x = #")).getSQLState());
  }

  @Test
  void commandWordGate() {
    assertTrue(CommandRecognizer.isCommandWord("pragma x", 0, 6));
    assertTrue(CommandRecognizer.isCommandWord("x END", 2, 5));
    assertFalse(CommandRecognizer.isCommandWord("SELECT 1", 0, 6));
    assertFalse(CommandRecognizer.isCommandWord("CREATE", 0, 6));
  }
}
