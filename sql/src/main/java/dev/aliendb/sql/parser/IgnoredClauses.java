package dev.aliendb.sql.parser;

import dev.aliendb.sql.parser.SqlScanner.Kind;
import dev.aliendb.sql.parser.SqlScanner.Token;
import java.util.Arrays;

/**
 * Finds SQLite clauses that Calcite's grammar has no place for and that change nothing in AlienDB,
 * so that {@link StatementScan} can blank them out before parsing:
 * "INDEXED BY name" and "NOT INDEXED" after a table (AlienDB picks indexes itself) and a negative
 * "LIMIT -n" (SQLite: no limit; a following OFFSET still applies). Fed every token in order through
 * {@link #accept}; {@link #finish} closes a pattern waiting for the end of input. Keeps a window of the
 * last three tokens and a flat list of [start, end) ranges.
 */
final class IgnoredClauses {
  private static final String[] OPERATOR_WORDS = {"WHERE", "AND", "OR", "NOT", "ON", "WHEN", "THEN", "ELSE",
      "SELECT", "IS", "BY", "HAVING", "SET", "CASE", "BETWEEN", "LIKE", "GLOB", "IN", "DISTINCT", "ALL", "RETURNING"};

  private final String sql;
  private Token third;
  private Token second;
  private Token last;
  private int[] ranges = new int[0];

  IgnoredClauses(String sql) {
    this.sql = sql;
  }

  void accept(Token t) {
    if (isName(t) && last != null && last.isWord(sql, "BY") && second != null && second.isWord(sql, "INDEXED")) {
      add(second.start(), t.end());
    } else if (t.isWord(sql, "INDEXED") && last != null && last.isWord(sql, "NOT") && isName(second)
        && !isOperatorWord(second)) {
      add(last.start(), t.end());
    }
    closeNegativeLimit(t.kind() == Kind.OPERATOR && t.end() - t.start() == 1 && sql.charAt(t.start()) == ',');
    third = second;
    second = last;
    last = t;
  }

  void finish() {
    closeNegativeLimit(false);
  }

  boolean isEmpty() {
    return ranges.length == 0;
  }

  /** [start, end) pairs, in order. */
  int[] ranges() {
    return ranges;
  }

  /** "LIMIT - n" not followed by "," ("LIMIT -1, 5" would be an offset). */
  private void closeNegativeLimit(boolean followedByComma) {
    if (!followedByComma && last != null && last.kind() == Kind.NUMBER && second != null
        && second.kind() == Kind.OPERATOR && sql.charAt(second.start()) == '-' && third != null
        && third.isWord(sql, "LIMIT")) {
      add(third.start(), last.end());
    }
  }

  private void add(int start, int end) {
    ranges = Arrays.copyOf(ranges, ranges.length + 2);
    ranges[ranges.length - 2] = start;
    ranges[ranges.length - 1] = end;
  }

  private static boolean isName(Token t) {
    return t != null && (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_ID);
  }

  /** Words after which "NOT INDEXED" is an expression ("WHERE NOT indexed"), not a table hint. */
  private boolean isOperatorWord(Token t) {
    for (String w : OPERATOR_WORDS) {
      if (t.isWord(sql, w)) {
        return true;
      }
    }
    return false;
  }
}
