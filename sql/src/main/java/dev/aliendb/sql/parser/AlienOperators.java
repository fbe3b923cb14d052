package dev.aliendb.sql.parser;

import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlPostfixOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * Operators that AlienDB's grammar produces and Calcite's standard operator table lacks.
 * GLOB and NOT GLOB bind like LIKE (precedence 32); their semantics (case-sensitive Unix glob)
 * belong to the evaluator. "x COLLATE name" is a postfix {@link Collate} operator carrying the
 * collation name, binding tighter than any binary operator; its value is x's value, the collation
 * only affects comparisons and ordering. {@code >>} binds like Calcite's {@code <<}. "x IN ()" / "x NOT IN ()" are the postfix constants
 * {@link #IN_EMPTY} (FALSE) and {@link #NOT_IN_EMPTY} (TRUE). Register these in the validator's
 * operator table.
 */
public final class AlienOperators {
  private AlienOperators() {}

  /** {@code x GLOB pattern}. */
  public static final SqlBinaryOperator GLOB = glob("GLOB");

  /** {@code x NOT GLOB pattern}. */
  public static final SqlBinaryOperator NOT_GLOB = glob("NOT GLOB");

  /** {@code x >> n} (SQLite's right shift; {@code <<} is Calcite's BIT_LEFT_SHIFT), binding like it. */
  public static final SqlBinaryOperator SHIFT_RIGHT = new SqlBinaryOperator(">>", SqlKind.OTHER,
      SqlStdOperatorTable.BIT_LEFT_SHIFT.getLeftPrec(), true, ReturnTypes.ARG0_NULLABLE, InferTypes.FIRST_KNOWN,
      OperandTypes.ANY_ANY);

  /** {@code x IN ()}: always FALSE, even when x is NULL (SQLite). */
  public static final SqlPostfixOperator IN_EMPTY = emptyIn("IN ()");

  /** {@code x NOT IN ()}: always TRUE, even when x is NULL (SQLite). */
  public static final SqlPostfixOperator NOT_IN_EMPTY = emptyIn("NOT IN ()");

  /** "x COLLATE name": one operator instance per collation name (as written, e.g. "NOCASE"). */
  public static Collate collate(String collation) {
    return new Collate(collation);
  }

  /** The collation of a "x COLLATE name" call, or null when {@code node} is not one. */
  public static String collationOf(SqlNode node) {
    return node instanceof SqlCall call && call.getOperator() instanceof Collate c ? c.collation() : null;
  }

  /** The postfix COLLATE operator; its name is "COLLATE " + the collation. */
  public static final class Collate extends SqlPostfixOperator {
    private final String collation;

    private Collate(String collation) {
      super("COLLATE " + collation, SqlKind.OTHER, 90, ReturnTypes.ARG0, InferTypes.RETURN_TYPE, OperandTypes.ANY);
      this.collation = collation;
    }

    public String collation() {
      return collation;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Collate c && c.collation.equalsIgnoreCase(collation);
    }

    @Override
    public int hashCode() {
      return collation.toUpperCase(java.util.Locale.ROOT).hashCode();
    }
  }

  private static SqlPostfixOperator emptyIn(String name) {
    return new SqlPostfixOperator(name, SqlKind.OTHER, 32, ReturnTypes.BOOLEAN, InferTypes.RETURN_TYPE,
        OperandTypes.ANY);
  }

  private static SqlBinaryOperator glob(String name) {
    return new SqlBinaryOperator(name, SqlKind.OTHER, 32, true, ReturnTypes.BOOLEAN_NULLABLE,
        InferTypes.FIRST_KNOWN, OperandTypes.ANY_ANY);
  }
}
