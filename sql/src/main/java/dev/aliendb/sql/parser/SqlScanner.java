package dev.aliendb.sql.parser;

/**
 * A SQLite-compatible tokenizer that only finds token boundaries: it never builds a tree and never
 * fails. Used where the full parser would be too expensive or cannot help: statement splitting,
 * the first keyword of a statement (command dispatch, EXPLAIN), trailing semicolons, the text
 * of the token an error points at, and the plan cache's literal shapes (sql.session). Comments and whitespace are skipped; an unterminated quote gives
 * one {@link Kind#UNTERMINATED} token reaching the end of the input.
 */
public final class SqlScanner {
  /** Token classes. */
  public enum Kind { WORD, STRING, QUOTED_ID, NUMBER, PARAMETER, LPAREN, RPAREN, SEMICOLON, OPERATOR, UNTERMINATED, EOF }

  /** A token: kind and [start, end) offsets into the scanned text. */
  public record Token(Kind kind, int start, int end) {
    public String text(String sql) {
      return sql.substring(start, end);
    }

    public boolean isWord(String sql, String word) {
      return kind == Kind.WORD && end - start == word.length() && sql.regionMatches(true, start, word, 0, word.length());
    }
  }

  private final String sql;
  private int pos;

  public SqlScanner(String sql, int from) {
    this.sql = sql;
    this.pos = from;
  }

  /** The next token; {@link Kind#EOF} (start = end = length) at the end. */
  public Token next() {
    skipSpaceAndComments();
    int n = sql.length();
    int start = pos;
    if (start >= n) {
      return new Token(Kind.EOF, n, n);
    }
    char c = sql.charAt(start);
    switch (c) {
      case '\'':
        return quoted(start, '\'', Kind.STRING);
      case '"':
        return quoted(start, '"', Kind.QUOTED_ID);
      case '`':
        return quoted(start, '`', Kind.QUOTED_ID);
      case '[':
        return bracketed(start);
      case ';':
        pos = start + 1;
        return new Token(Kind.SEMICOLON, start, pos);
      case '(':
        pos = start + 1;
        return new Token(Kind.LPAREN, start, pos);
      case ')':
        pos = start + 1;
        return new Token(Kind.RPAREN, start, pos);
      case '?':
        pos = start + 1;
        while (pos < n && isDigit(sql.charAt(pos))) {
          pos++;
        }
        return new Token(Kind.PARAMETER, start, pos);
      case ':', '@', '$':
        if (start + 1 < n && isIdChar(sql.charAt(start + 1))) {
          pos = start + 1;
          while (pos < n && isIdChar(sql.charAt(pos))) {
            pos++;
          }
          return new Token(Kind.PARAMETER, start, pos);
        }
        return operator(start);
      default:
        break;
    }
    if ((c == 'x' || c == 'X') && start + 1 < n && sql.charAt(start + 1) == '\'') {
      Token blob = quoted(start + 1, '\'', Kind.STRING);
      return new Token(blob.kind(), start, blob.end());
    }
    if (isDigit(c) || (c == '.' && start + 1 < n && isDigit(sql.charAt(start + 1)))) {
      return number(start);
    }
    if (isIdStart(c)) {
      pos = start + 1;
      while (pos < n && isIdChar(sql.charAt(pos))) {
        pos++;
      }
      return new Token(Kind.WORD, start, pos);
    }
    return operator(start);
  }

  private void skipSpaceAndComments() {
    int n = sql.length();
    while (pos < n) {
      char c = sql.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pos++;
      } else if (c == '-' && pos + 1 < n && sql.charAt(pos + 1) == '-') {
        int eol = sql.indexOf('\n', pos);
        pos = eol < 0 ? n : eol + 1;
      } else if (c == '/' && pos + 1 < n && sql.charAt(pos + 1) == '*') {
        int close = sql.indexOf("*/", pos + 2);
        pos = close < 0 ? n : close + 2;
      } else {
        return;
      }
    }
  }

  private Token quoted(int start, char quote, Kind kind) {
    int n = sql.length();
    int i = start + 1;
    while (true) {
      int close = sql.indexOf(quote, i);
      if (close < 0) {
        pos = n;
        return new Token(Kind.UNTERMINATED, start, n);
      }
      if (close + 1 < n && sql.charAt(close + 1) == quote) {
        i = close + 2;
      } else {
        pos = close + 1;
        return new Token(kind, start, pos);
      }
    }
  }

  private Token bracketed(int start) {
    int close = sql.indexOf(']', start + 1);
    if (close < 0) {
      pos = sql.length();
      return new Token(Kind.UNTERMINATED, start, pos);
    }
    pos = close + 1;
    return new Token(Kind.QUOTED_ID, start, pos);
  }

  private Token number(int start) {
    int n = sql.length();
    pos = start;
    while (pos < n) {
      char c = sql.charAt(pos);
      if ((c == 'e' || c == 'E') && pos + 1 < n && (sql.charAt(pos + 1) == '+' || sql.charAt(pos + 1) == '-')) {
        pos += 2;
      } else if (isIdChar(c) || c == '.') {
        pos++;
      } else {
        break;
      }
    }
    return new Token(Kind.NUMBER, start, pos);
  }

  private Token operator(int start) {
    int n = sql.length();
    int len = 1;
    if (start + 1 < n) {
      String two = sql.substring(start, start + 2);
      if (two.equals("||") || two.equals("<=") || two.equals(">=") || two.equals("<>") || two.equals("!=")
          || two.equals("==") || two.equals("<<") || two.equals(">>")) {
        len = 2;
      }
    }
    if (Character.isHighSurrogate(sql.charAt(start)) && start + 1 < n && Character.isLowSurrogate(sql.charAt(start + 1))) {
      len = 2;
    }
    pos = start + len;
    return new Token(Kind.OPERATOR, start, pos);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && !Character.isSurrogate(c));
  }

  private static boolean isIdChar(char c) {
    return isIdStart(c) || isDigit(c) || c == '$';
  }
}
