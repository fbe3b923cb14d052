package dev.aliendb.sql.parser;

import static dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants.A;
import static dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants.DISTINCT;
import static dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants.EMPTY;
import static dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants.FALSE;
import static dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants.IS;
import static dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants.JSON;
import static dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants.NOT;
import static dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants.NULL;
import static dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants.SET;
import static dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants.TRUE;
import static dev.aliendb.sql.parser.impl.AlienSqlParserImplConstants.UNKNOWN;

/** Semantic lookahead decisions of the generated grammar, on token kinds. */
public final class GrammarLookahead {
  private GrammarLookahead() {}

  /**
   * True when the tokens are "IS [NOT] x" and x does not start one of the IS forms Calcite parses
   * itself (NULL, TRUE, FALSE, UNKNOWN, EMPTY, DISTINCT FROM, JSON ..., A SET): then SQLite's
   * "a IS b" / "a IS NOT b" (null-safe equality) applies.
   */
  public static boolean genericIs(int k1, int k2, int k3, int k4) {
    if (k1 != IS) {
      return false;
    }
    boolean negated = k2 == NOT;
    int operand = negated ? k3 : k2;
    int afterOperand = negated ? k4 : k3;
    return switch (operand) {
      case NULL, TRUE, FALSE, UNKNOWN, EMPTY, DISTINCT, JSON -> false;
      case A -> afterOperand != SET;
      default -> true;
    };
  }
}
