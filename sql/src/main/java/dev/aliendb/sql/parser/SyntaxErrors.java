package dev.aliendb.sql.parser;

import dev.aliendb.sql.parser.SqlScanner.Kind;
import dev.aliendb.sql.parser.SqlScanner.Token;
import dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants;
import dev.aliendb.sql.parser.impl.ParseException;
import dev.aliendb.sql.parser.impl.TokenMgrError;
import java.sql.SQLException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Builds the SQLException (SQLSTATE 42000) for a statement that does not parse, worded like SQLite:
 * {@code near "FROM": syntax error}, {@code incomplete input}, {@code unrecognized token: "'abc"},
 * or the grammar's own explanation, each followed by " at line L, column C".
 */
final class SyntaxErrors {
  static final String SQLSTATE = "42000";
  private static final int MAX_SHOWN = 40;

  private SyntaxErrors() {}

  /** A failure reported by Calcite's generated parser. */
  static SQLException from(SqlParseException e, String text) {
    SqlParserPos pos = e.getPos() == null ? SqlParserPos.ZERO : e.getPos();
    int offset = offset(text, pos.getLineNum(), pos.getColumnNum());
    String message;
    if (e.getCause() instanceof TokenMgrError) {
      message = "unrecognized token: \"" + tokenAt(text, offset) + "\"";
    } else if (atEndOfInput(e.getCause())) {
      message = "incomplete input";
    } else if (e.getExpectedTokenSequences() != null) {
      message = near(text, offset);
    } else {
      message = e.getMessage();
    }
    return new SQLException(message + where(pos), SQLSTATE, e);
  }

  /** A construct the grammar recognizes but rejects (e.g. WITHOUT ROWID). */
  static SQLException rejected(AlienParseError e, String text) {
    return new SQLException(e.getMessage() + where(e.pos()), SQLSTATE, e);
  }

  /** An unterminated quote or identifier starting at {@code start}. */
  static SQLException unrecognized(String text, int start) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < start; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SQLException("unrecognized token: \"" + shorten(text.substring(start)) + "\" at line " + line
        + ", column " + column, SQLSTATE);
  }

  /** A literal too long to convert quickly (BigDecimal parsing is quadratic in the digit count). */
  static SQLException numberTooLong(int length) {
    return new SQLException("numeric literal of " + length + " characters is too long (at most "
        + StatementScan.MAX_NUMBER_LENGTH + ")", "22003");
  }

  /** True when the tokens the parser failed on (up to its lookahead depth) run into the end of input. */
  private static boolean atEndOfInput(Throwable cause) {
    if (!(cause instanceof ParseException p) || p.currentToken == null || p.expectedTokenSequences == null) {
      return false;
    }
    int depth = 1;
    for (int[] sequence : p.expectedTokenSequences) {
      depth = Math.max(depth, sequence.length);
    }
    dev.aliendb.sql.parser.impl.Token t = p.currentToken.next;
    for (int i = 0; i < depth && t != null; i++, t = t.next) {
      if (t.kind == AlienSqlParserImplConstants.EOF) {
        return true;
      }
    }
    return false;
  }

  private static String near(String text, int offset) {
    Token t = new SqlScanner(text, offset).next();
    if (t.kind() == Kind.EOF) {
      return "incomplete input";
    }
    return "near \"" + shorten(t.text(text)) + "\": syntax error";
  }

  /** The token starting at {@code offset}, else the single character there (a lexical error's culprit). */
  private static String tokenAt(String text, int offset) {
    if (offset >= text.length()) {
      return "";
    }
    Token t = new SqlScanner(text, offset).next();
    String s = t.kind() == Kind.EOF || t.start() != offset ? text.substring(offset, offset + 1) : t.text(text);
    return shorten(s);
  }

  private static String shorten(String s) {
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "...";
  }

  private static String where(SqlParserPos pos) {
    return pos.getLineNum() <= 0 ? "" : " at line " + pos.getLineNum() + ", column " + pos.getColumnNum();
  }

  /** Offset of a 1-based line/column (tab size 1; \n, \r and \r\n end lines, as JavaCC counts). */
  static int offset(String text, int line, int column) {
    int i = 0;
    int n = text.length();
    for (int l = 1; l < line && i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
        l++;
      }
    }
    return Math.min(n, i + Math.max(0, column - 1));
  }
}
