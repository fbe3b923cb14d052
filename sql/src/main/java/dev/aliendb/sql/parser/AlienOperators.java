package dev.aliendb.sql.parser;

import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * Operators that AlienDB's grammar produces and Calcite's standard operator table lacks.
 * GLOB and NOT GLOB bind like LIKE (precedence 32); their semantics (case-sensitive Unix glob)
 * belong to the evaluator. Register them in the validator's operator table.
 */
public final class AlienOperators {
  private AlienOperators() {}

  /** {@code x GLOB pattern}. */
  public static final SqlBinaryOperator GLOB = glob("GLOB");

  /** {@code x NOT GLOB pattern}. */
  public static final SqlBinaryOperator NOT_GLOB = glob("NOT GLOB");

  private static SqlBinaryOperator glob(String name) {
    return new SqlBinaryOperator(name, SqlKind.OTHER, 32, true, ReturnTypes.BOOLEAN_NULLABLE,
        InferTypes.FIRST_KNOWN, OperandTypes.ANY_ANY);
  }
}
