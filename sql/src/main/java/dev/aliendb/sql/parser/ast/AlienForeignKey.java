package dev.aliendb.sql.parser.ast;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/**
 * A foreign-key clause "REFERENCES table [(columns)] [actions]". It is parsed and kept; the
 * actions ("ON DELETE CASCADE", "MATCH FULL", "DEFERRABLE INITIALLY DEFERRED", ...) are kept as
 * normalized upper-case text because AlienDB does not enforce foreign keys.
 */
public final class AlienForeignKey extends SqlCall {
  static final SqlOperator OPERATOR = new SqlSpecialOperator("REFERENCES", SqlKind.OTHER);

  private final SqlIdentifier table;
  private final SqlNodeList columns;
  private final List<String> actions;

  public AlienForeignKey(SqlParserPos pos, SqlIdentifier table, SqlNodeList columns, List<String> actions) {
    super(pos);
    this.table = table;
    this.columns = columns == null ? SqlNodeList.EMPTY : columns;
    this.actions = List.copyOf(actions);
  }

  /** The referenced (parent) table. */
  public SqlIdentifier table() {
    return table;
  }

  /** The referenced columns; empty means the parent's primary key. */
  public SqlNodeList columns() {
    return columns;
  }

  /** The ON DELETE/ON UPDATE/MATCH/DEFERRABLE clauses, in source order, e.g. "ON DELETE SET NULL". */
  public List<String> actions() {
    return actions;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(table, columns);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("REFERENCES");
    table.unparse(writer, 0, 0);
    if (!columns.isEmpty()) {
      Unparse.parenthesized(writer, columns);
    }
    for (String action : actions) {
      writer.keyword(action);
    }
  }
}
