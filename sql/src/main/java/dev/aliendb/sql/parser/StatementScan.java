package dev.aliendb.sql.parser;

import dev.aliendb.sql.parser.ParsedStatement.Explain;
import dev.aliendb.sql.parser.SqlScanner.Kind;
import dev.aliendb.sql.parser.SqlScanner.Token;

/**
 * What one linear token scan of a statement tells {@link AlienParser} before parsing: the EXPLAIN prefix
 * and where the statement body starts, the first word, where the text ends once trailing semicolons are
 * dropped, the deepest parenthesis nesting, the longest numeric literal, and whether parameter markers,
 * INDEXED hints or an unterminated quote occur. {@link #parserText} produces the text handed to Calcite: same length up to
 * {@link #end} and same line breaks, so error positions still match the caller's text.
 */
record StatementScan(Explain explain, int bodyStart, int firstWordStart, int firstWordEnd, int end, int maxDepth,
    boolean hasParameters, boolean hasIndexedHint, int unterminatedStart, int longestNumber) {

  /** Longest numeric literal handed to Calcite (its BigDecimal conversion is quadratic in the length). */
  static final int MAX_NUMBER_LENGTH = 1000;

  static StatementScan of(String sql) {
    SqlScanner scanner = new SqlScanner(sql, 0);
    Token t = scanner.next();
    Explain explain = Explain.NONE;
    if (t.isWord(sql, "EXPLAIN")) {
      explain = Explain.EXPLAIN;
      t = scanner.next();
      if (t.isWord(sql, "QUERY")) {
        SqlScanner probe = new SqlScanner(sql, t.end());
        Token plan = probe.next();
        if (plan.isWord(sql, "PLAN")) {
          explain = Explain.QUERY_PLAN;
          scanner = probe;
          t = scanner.next();
        }
      }
    }
    int bodyStart = t.start();
    boolean word = t.kind() == Kind.WORD;
    int firstWordEnd = word ? t.end() : 0;
    int end = bodyStart;
    int depth = 0;
    int maxDepth = 0;
    boolean parameters = false;
    boolean indexed = false;
    int unterminated = -1;
    int longestNumber = 0;
    for (; t.kind() != Kind.EOF; t = scanner.next()) {
      switch (t.kind()) {
        case LPAREN -> maxDepth = Math.max(maxDepth, ++depth);
        case RPAREN -> depth--;
        case PARAMETER -> parameters = true;
        case WORD -> indexed |= t.isWord(sql, "INDEXED");
        case UNTERMINATED -> unterminated = t.start();
        case NUMBER -> longestNumber = Math.max(longestNumber, t.end() - t.start());
        default -> { }
      }
      if (t.kind() != Kind.SEMICOLON) {
        end = t.end();
      }
    }
    return new StatementScan(explain, bodyStart, word ? bodyStart : 0, firstWordEnd, end, maxDepth, parameters,
        indexed, unterminated, longestNumber);
  }

  boolean isEmpty() {
    return bodyStart == end;
  }

  /**
   * The text for Calcite's parser: cut after the last token before trailing semicolons, with the EXPLAIN
   * prefix and SQLite's "INDEXED BY name" / "NOT INDEXED" table hints blanked out (AlienDB chooses
   * indexes itself, so the hints are accepted and ignored).
   */
  String parserText(String sql) {
    if (explain == Explain.NONE && !hasIndexedHint && end == sql.length()) {
      return sql;
    }
    char[] text = sql.substring(0, end).toCharArray();
    blank(text, 0, bodyStart);
    if (hasIndexedHint) {
      blankIndexedHints(sql, text);
    }
    return new String(text);
  }

  private void blankIndexedHints(String sql, char[] text) {
    String statement = sql.substring(0, end);
    SqlScanner scanner = new SqlScanner(statement, bodyStart);
    Token before = null;
    Token previous = null;
    for (Token t = scanner.next(); t.kind() != Kind.EOF; t = scanner.next()) {
      if (t.isWord(sql, "INDEXED")) {
        if (previous != null && previous.isWord(sql, "NOT") && isName(before) && !isOperatorWord(sql, before)) {
          blank(text, previous.start(), t.end());
        } else {
          SqlScanner ahead = new SqlScanner(statement, t.end());
          Token by = ahead.next();
          Token index = ahead.next();
          if (by.isWord(sql, "BY") && isName(index)) {
            blank(text, t.start(), index.end());
          }
        }
      }
      before = previous;
      previous = t;
    }
  }

  /** A table name or alias before NOT INDEXED (a word, but not an operator keyword), or an index name. */
  private static boolean isName(Token t) {
    return t != null && (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_ID);
  }

  /** Words after which "NOT INDEXED" is an expression ("WHERE NOT indexed"), not a table hint. */
  private static boolean isOperatorWord(String sql, Token t) {
    for (String w : new String[] {"WHERE", "AND", "OR", "NOT", "ON", "WHEN", "THEN", "ELSE", "SELECT", "IS",
        "BY", "HAVING", "SET", "CASE", "BETWEEN", "LIKE", "GLOB", "IN", "DISTINCT", "ALL", "RETURNING"}) {
      if (t.isWord(sql, w)) {
        return true;
      }
    }
    return false;
  }

  private static void blank(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] != '\n' && text[i] != '\r') {
        text[i] = ' ';
      }
    }
  }
}
