package dev.aliendb.sql.parser;

import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A grammar-level rejection with a clear message (e.g. "WITHOUT ROWID tables are not supported"),
 * thrown by the generated parser's actions. {@link AlienParser} turns it into an SQLException with
 * SQLSTATE 42000 and the position.
 */
public final class AlienParseError extends RuntimeException {
  private final transient SqlParserPos pos;

  public AlienParseError(SqlParserPos pos, String message) {
    super(message, null, false, false);
    this.pos = pos;
  }

  public SqlParserPos pos() {
    return pos;
  }
}
