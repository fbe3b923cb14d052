package dev.aliendb.sql.parser.ast;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * "UPDATE OR action t SET ... [WHERE ...]": a Calcite {@link SqlUpdate} with SQLite's conflict resolution.
 * A plain UPDATE is parsed to a bare SqlUpdate instead.
 */
public final class AlienUpdate extends SqlCall {
  static final SqlOperator OPERATOR = new SqlSpecialOperator("UPDATE OR", SqlKind.OTHER);

  private final ConflictAction action;
  private final SqlUpdate update;

  public AlienUpdate(SqlParserPos pos, ConflictAction action, SqlUpdate update) {
    super(pos);
    this.action = action;
    this.update = update;
  }

  public ConflictAction action() {
    return action;
  }

  /** The wrapped UPDATE (target table, assignments, condition). */
  public SqlUpdate update() {
    return update;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(update);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("UPDATE OR");
    writer.keyword(action.name());
    update.getTargetTable().unparse(writer, 0, 0);
    if (update.getAlias() != null) {
      writer.keyword("AS");
      update.getAlias().unparse(writer, 0, 0);
    }
    writer.keyword("SET");
    SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.UPDATE_SET_LIST, "", "");
    for (int i = 0; i < update.getTargetColumnList().size(); i++) {
      writer.sep(",");
      update.getTargetColumnList().get(i).unparse(writer, 0, 0);
      writer.keyword("=");
      update.getSourceExpressionList().get(i).unparse(writer, 0, 0);
    }
    writer.endList(frame);
    if (update.getCondition() != null) {
      writer.keyword("WHERE");
      update.getCondition().unparse(writer, 0, 0);
    }
  }
}
