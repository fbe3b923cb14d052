package dev.aliendb.sql.parser.ast;

import java.util.List;
import org.apache.calcite.sql.SqlDrop;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** DROP {TABLE|VIEW|INDEX|TRIGGER} [IF EXISTS] name. {@link #getKind()} is DROP_TABLE, DROP_VIEW, ... */
public final class AlienDrop extends SqlDrop {
  /** The kind of schema object dropped. */
  public enum ObjectType {
    TABLE(SqlKind.DROP_TABLE), VIEW(SqlKind.DROP_VIEW), INDEX(SqlKind.DROP_INDEX), TRIGGER(SqlKind.OTHER_DDL);

    private final SqlOperator operator;

    ObjectType(SqlKind kind) {
      this.operator = new SqlSpecialOperator("DROP " + name(), kind);
    }
  }

  private final ObjectType objectType;
  private final SqlIdentifier name;

  public AlienDrop(SqlParserPos pos, ObjectType objectType, boolean ifExists, SqlIdentifier name) {
    super(objectType.operator, pos, ifExists);
    this.objectType = objectType;
    this.name = name;
  }

  public ObjectType objectType() {
    return objectType;
  }

  public boolean ifExists() {
    return ifExists;
  }

  public SqlIdentifier name() {
    return name;
  }

  @Override
  public SqlOperator getOperator() {
    return objectType.operator;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return List.of(name);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    writer.keyword("DROP");
    writer.keyword(objectType.name());
    if (ifExists) {
      writer.keyword("IF EXISTS");
    }
    name.unparse(writer, 0, 0);
  }
}
