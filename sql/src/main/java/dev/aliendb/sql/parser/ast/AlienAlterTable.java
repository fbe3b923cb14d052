package dev.aliendb.sql.parser.ast;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/**
 * ALTER TABLE t ADD [COLUMN] column-def | RENAME TO new | RENAME [COLUMN] old TO new | DROP [COLUMN] c.
 * Which accessors are non-null depends on {@link #action()}: ADD_COLUMN → {@link #column()};
 * RENAME_TABLE → {@link #newName()}; RENAME_COLUMN → {@link #oldName()} and {@link #newName()};
 * DROP_COLUMN → {@link #oldName()}.
 */
public final class AlienAlterTable extends SqlCall {
  /** The ALTER TABLE forms. */
  public enum Action { ADD_COLUMN, RENAME_TABLE, RENAME_COLUMN, DROP_COLUMN }

  static final SqlOperator OPERATOR = new SqlSpecialOperator("ALTER TABLE", SqlKind.ALTER_TABLE);

  private final SqlIdentifier table;
  private final Action action;
  private final AlienColumnDef column;
  private final SqlIdentifier oldName;
  private final SqlIdentifier newName;

  private AlienAlterTable(SqlParserPos pos, SqlIdentifier table, Action action, AlienColumnDef column,
      SqlIdentifier oldName, SqlIdentifier newName) {
    super(pos);
    this.table = table;
    this.action = action;
    this.column = column;
    this.oldName = oldName;
    this.newName = newName;
  }

  public static AlienAlterTable addColumn(SqlParserPos pos, SqlIdentifier table, AlienColumnDef column) {
    return new AlienAlterTable(pos, table, Action.ADD_COLUMN, column, null, null);
  }

  public static AlienAlterTable renameTable(SqlParserPos pos, SqlIdentifier table, SqlIdentifier newName) {
    return new AlienAlterTable(pos, table, Action.RENAME_TABLE, null, null, newName);
  }

  public static AlienAlterTable renameColumn(SqlParserPos pos, SqlIdentifier table, SqlIdentifier oldName,
      SqlIdentifier newName) {
    return new AlienAlterTable(pos, table, Action.RENAME_COLUMN, null, oldName, newName);
  }

  public static AlienAlterTable dropColumn(SqlParserPos pos, SqlIdentifier table, SqlIdentifier column) {
    return new AlienAlterTable(pos, table, Action.DROP_COLUMN, null, column, null);
  }

  public SqlIdentifier table() {
    return table;
  }

  public Action action() {
    return action;
  }

  public AlienColumnDef column() {
    return column;
  }

  public SqlIdentifier oldName() {
    return oldName;
  }

  public SqlIdentifier newName() {
    return newName;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(table, column, oldName, newName);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("ALTER TABLE");
    table.unparse(writer, 0, 0);
    switch (action) {
      case ADD_COLUMN -> {
        writer.keyword("ADD COLUMN");
        column.unparse(writer, 0, 0);
      }
      case RENAME_TABLE -> {
        writer.keyword("RENAME TO");
        newName.unparse(writer, 0, 0);
      }
      case RENAME_COLUMN -> {
        writer.keyword("RENAME COLUMN");
        oldName.unparse(writer, 0, 0);
        writer.keyword("TO");
        newName.unparse(writer, 0, 0);
      }
      case DROP_COLUMN -> {
        writer.keyword("DROP COLUMN");
        oldName.unparse(writer, 0, 0);
      }
    }
  }
}
