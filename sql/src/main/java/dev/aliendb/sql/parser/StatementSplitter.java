package dev.aliendb.sql.parser;

import dev.aliendb.sql.parser.SqlScanner.Kind;
import dev.aliendb.sql.parser.SqlScanner.Token;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at semicolons outside quotes and comments. Inside the body of
 * CREATE [TEMP] TRIGGER ... BEGIN ... END a semicolon only ends the statement when it follows "; END"
 * (the rule of SQLite's sqlite3_complete), so CASE ... END inside the body is harmless.
 * Each statement is returned from its first to its last token (comments between tokens kept);
 * statements with no tokens are dropped.
 */
final class StatementSplitter {
  private StatementSplitter() {}

  static List<String> split(String script) throws SQLException {
    if (script == null) {
      throw new SQLException("SQL script is null", SyntaxErrors.SQLSTATE);
    }
    List<String> statements = new ArrayList<>();
    SqlScanner scanner = new SqlScanner(script, 0);
    int start = -1;
    int end = -1;
    int words = 0;
    boolean trigger = false;
    boolean inBody = false;
    Token previous = null;
    Token beforePrevious = null;
    for (Token t = scanner.next(); t.kind() != Kind.EOF; t = scanner.next()) {
      if (t.kind() == Kind.UNTERMINATED) {
        throw SyntaxErrors.unrecognized(script, t.start());
      }
      boolean ends = t.kind() == Kind.SEMICOLON && (!inBody
          || (previous != null && previous.isWord(script, "END") && beforePrevious != null
              && beforePrevious.kind() == Kind.SEMICOLON));
      if (ends) {
        if (start >= 0) {
          statements.add(script.substring(start, end));
        }
        start = -1;
        words = 0;
        trigger = false;
        inBody = false;
      } else if (t.kind() != Kind.SEMICOLON || start >= 0) {
        if (start < 0) {
          start = t.start();
        }
        end = t.end();
        if (words < 4 && t.kind() == Kind.WORD) {
          words++;
          trigger |= t.isWord(script, "TRIGGER") && startsWithCreate(script, start);
        }
        inBody |= trigger && t.isWord(script, "BEGIN");
      }
      beforePrevious = previous;
      previous = t;
    }
    if (start >= 0) {
      statements.add(script.substring(start, end));
    }
    return statements;
  }

  private static boolean startsWithCreate(String script, int start) {
    return new SqlScanner(script, start).next().isWord(script, "CREATE");
  }
}
