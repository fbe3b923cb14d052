package dev.aliendb.sql.parser.ast;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * One upsert clause of an INSERT: "ON CONFLICT [(key parts) [WHERE cond]] DO NOTHING" or
 * "... DO UPDATE SET col = expr, ... [WHERE cond]". In DO UPDATE, "excluded.col" names the row that
 * failed to insert. Invariant: {@link #targetColumns()} and {@link #sourceExpressions()} have equal
 * size, both empty for DO NOTHING.
 */
public final class AlienUpsert extends SqlCall {
  static final SqlOperator OPERATOR = new SqlSpecialOperator("ON CONFLICT", SqlKind.OTHER);

  private final List<AlienIndexedColumn> conflictTarget;
  private final SqlNode targetWhere;
  private final boolean doNothing;
  private final SqlNodeList targetColumns;
  private final SqlNodeList sourceExpressions;
  private final SqlNode updateWhere;

  public AlienUpsert(SqlParserPos pos, List<AlienIndexedColumn> conflictTarget, SqlNode targetWhere,
      boolean doNothing, SqlNodeList targetColumns, SqlNodeList sourceExpressions, SqlNode updateWhere) {
    super(pos);
    this.conflictTarget = List.copyOf(conflictTarget);
    this.targetWhere = targetWhere;
    this.doNothing = doNothing;
    this.targetColumns = targetColumns;
    this.sourceExpressions = sourceExpressions;
    this.updateWhere = updateWhere;
  }

  /** The uniqueness constraint's key parts; empty when no target was written (any constraint). */
  public List<AlienIndexedColumn> conflictTarget() {
    return conflictTarget;
  }

  /** The WHERE of a partial-index conflict target, or null. */
  public SqlNode targetWhere() {
    return targetWhere;
  }

  public boolean doNothing() {
    return doNothing;
  }

  /** Columns assigned by DO UPDATE SET. */
  public SqlNodeList targetColumns() {
    return targetColumns;
  }

  /** Expressions assigned by DO UPDATE SET, parallel to {@link #targetColumns()}. */
  public SqlNodeList sourceExpressions() {
    return sourceExpressions;
  }

  /** The WHERE of DO UPDATE, or null. */
  public SqlNode updateWhere() {
    return updateWhere;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    List<SqlNode> operands = new ArrayList<>(conflictTarget);
    operands.add(targetColumns);
    operands.add(sourceExpressions);
    if (targetWhere != null) {
      operands.add(targetWhere);
    }
    if (updateWhere != null) {
      operands.add(updateWhere);
    }
    return operands;
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("ON CONFLICT");
    if (!conflictTarget.isEmpty()) {
      Unparse.parenthesized(writer, conflictTarget);
      if (targetWhere != null) {
        writer.keyword("WHERE");
        targetWhere.unparse(writer, 0, 0);
      }
    }
    if (doNothing) {
      writer.keyword("DO NOTHING");
      return;
    }
    writer.keyword("DO UPDATE SET");
    SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.UPDATE_SET_LIST, "", "");
    for (int i = 0; i < targetColumns.size(); i++) {
      writer.sep(",");
      targetColumns.get(i).unparse(writer, 0, 0);
      writer.keyword("=");
      sourceExpressions.get(i).unparse(writer, 0, 0);
    }
    writer.endList(frame);
    if (updateWhere != null) {
      writer.keyword("WHERE");
      updateWhere.unparse(writer, 0, 0);
    }
  }
}
