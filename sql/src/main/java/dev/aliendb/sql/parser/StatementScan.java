package dev.aliendb.sql.parser;

import dev.aliendb.sql.parser.ParsedStatement.Explain;
import dev.aliendb.sql.parser.SqlScanner.Kind;
import dev.aliendb.sql.parser.SqlScanner.Token;

/**
 * What one linear token scan of a statement tells {@link AlienParser} before parsing: the EXPLAIN prefix
 * and where the statement body starts, the first word, where the text ends once trailing semicolons are
 * dropped, the deepest parenthesis nesting, the longest numeric literal, whether parameter markers or an
 * unterminated quote occur, and the {@link IgnoredClauses} ranges. {@link #parserText} produces the text
 * handed to Calcite: same length up to {@link #end} and same line breaks, so error positions still match
 * the caller's text.
 */
record StatementScan(Explain explain, int bodyStart, int firstWordStart, int firstWordEnd, int end, int maxDepth,
    boolean hasParameters, int[] ignoredRanges, int unterminatedStart, int longestNumber) {

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
    IgnoredClauses ignored = new IgnoredClauses(sql);
    int unterminated = -1;
    int longestNumber = 0;
    for (; t.kind() != Kind.EOF; t = scanner.next()) {
      switch (t.kind()) {
        case LPAREN -> maxDepth = Math.max(maxDepth, ++depth);
        case RPAREN -> depth--;
        case PARAMETER -> parameters = true;
        case UNTERMINATED -> unterminated = t.start();
        case NUMBER -> longestNumber = Math.max(longestNumber, t.end() - t.start());
        default -> { }
      }
      ignored.accept(t);
      if (t.kind() != Kind.SEMICOLON) {
        end = t.end();
      }
    }
    ignored.finish();
    return new StatementScan(explain, bodyStart, word ? bodyStart : 0, firstWordEnd, end, maxDepth, parameters,
        ignored.ranges(), unterminated, longestNumber);
  }

  boolean isEmpty() {
    return bodyStart == end;
  }

  /**
   * The text for Calcite's parser: cut after the last token before trailing semicolons, with the EXPLAIN
   * prefix and the {@link IgnoredClauses} blanked out.
   */
  String parserText(String sql) {
    if (explain == Explain.NONE && ignoredRanges.length == 0 && end == sql.length()) {
      return sql;
    }
    char[] text = sql.substring(0, end).toCharArray();
    blank(text, 0, bodyStart);
    for (int i = 0; i < ignoredRanges.length; i += 2) {
      blank(text, ignoredRanges[i], Math.min(end, ignoredRanges[i + 1]));
    }
    return new String(text);
  }

  private static void blank(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] != '\n' && text[i] != '\r') {
        text[i] = ' ';
      }
    }
  }
}
