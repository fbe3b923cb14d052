package dev.aliendb.sql.parser.ast;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** A column definition "name [type] [constraint...]"; the type is optional (typeless column). */
public final class AlienColumnDef extends SqlCall {
  static final SqlOperator OPERATOR = new SqlSpecialOperator("COLUMN DEFINITION", SqlKind.COLUMN_DECL);

  private final SqlIdentifier name;
  private final SqliteTypeNameSpec type;
  private final List<AlienColumnConstraint> constraints;

  public AlienColumnDef(SqlParserPos pos, SqlIdentifier name, SqliteTypeNameSpec type,
      List<AlienColumnConstraint> constraints) {
    super(pos);
    this.name = name;
    this.type = type;
    this.constraints = List.copyOf(constraints);
  }

  public SqlIdentifier name() {
    return name;
  }

  /** The declared type, or null for a typeless column. */
  public SqliteTypeNameSpec type() {
    return type;
  }

  /** The declared type text ("" when typeless), e.g. "VARCHAR(120)". */
  public String declaredType() {
    return type == null ? "" : type.declaredType();
  }

  public TypeAffinity affinity() {
    return type == null ? TypeAffinity.BLOB : type.affinity();
  }

  public List<AlienColumnConstraint> constraints() {
    return constraints;
  }

  /** The first constraint of the given kind, or null. */
  public AlienColumnConstraint constraint(AlienColumnConstraint.Kind kind) {
    for (AlienColumnConstraint c : constraints) {
      if (c.kind() == kind) {
        return c;
      }
    }
    return null;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    List<SqlNode> operands = new ArrayList<>(constraints.size() + 1);
    operands.add(name);
    operands.addAll(constraints);
    return operands;
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    name.unparse(writer, 0, 0);
    if (type != null) {
      type.unparse(writer, 0, 0);
    }
    for (AlienColumnConstraint c : constraints) {
      c.unparse(writer, 0, 0);
    }
  }
}
