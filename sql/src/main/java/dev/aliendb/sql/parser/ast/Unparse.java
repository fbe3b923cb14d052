package dev.aliendb.sql.parser.ast;

import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;

/** Small unparse helpers shared by the AST nodes (parenthesized comma lists, optional clauses). */
final class Unparse {
  private Unparse() {}

  /** Writes "(a, b, c)". */
  static void parenthesized(SqlWriter writer, List<? extends SqlNode> items) {
    SqlWriter.Frame frame = writer.startList("(", ")");
    for (SqlNode item : items) {
      writer.sep(",");
      item.unparse(writer, 0, 0);
    }
    writer.endList(frame);
  }

  /** Writes "ON CONFLICT x" when {@code action} is not null. */
  static void onConflict(SqlWriter writer, ConflictAction action) {
    if (action != null) {
      writer.keyword("ON CONFLICT");
      writer.keyword(action.name());
    }
  }

  /** Writes "CONSTRAINT name" when {@code name} is not null. */
  static void constraintName(SqlWriter writer, SqlNode name) {
    if (name != null) {
      writer.keyword("CONSTRAINT");
      name.unparse(writer, 0, 0);
    }
  }
}
