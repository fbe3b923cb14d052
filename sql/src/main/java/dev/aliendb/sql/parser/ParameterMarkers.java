package dev.aliendb.sql.parser;

import org.apache.calcite.sql.parser.SqlParserPos;

/** Rules for SQLite parameter markers shared by the generated parser and {@link AlienParser}. */
public final class ParameterMarkers {
  /** SQLite's default SQLITE_MAX_VARIABLE_NUMBER: "?NNN" must lie in 1..MAX_NUMBER. */
  public static final int MAX_NUMBER = 32766;

  private ParameterMarkers() {}

  /** The number of a "?NNN" marker, validated to lie in 1..{@link #MAX_NUMBER}. */
  public static int number(String image, SqlParserPos pos) {
    String digits = image.substring(1);
    int n = 0;
    for (int i = 0; i < digits.length() && n <= MAX_NUMBER; i++) {
      n = n * 10 + (digits.charAt(i) - '0');
    }
    if (n < 1 || n > MAX_NUMBER) {
      throw new AlienParseError(pos, "variable number must be between ?1 and ?" + MAX_NUMBER);
    }
    return n;
  }
}
