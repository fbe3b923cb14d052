package dev.aliendb.sql.parser.ast;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/**
 * A table constraint: "[CONSTRAINT name] PRIMARY KEY (cols) [ON CONFLICT x]", "UNIQUE (cols) [ON CONFLICT x]",
 * "CHECK (expr)" or "FOREIGN KEY (cols) REFERENCES ...". Fields that do not apply to a {@link Kind}
 * are empty/null.
 */
public final class AlienTableConstraint extends AlienConstraint {
  /** The constraint forms. */
  public enum Kind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY }

  static final SqlOperator OPERATOR = new SqlSpecialOperator("TABLE CONSTRAINT", SqlKind.OTHER);

  private final Kind kind;
  private final List<AlienIndexedColumn> columns;
  private final SqlNode check;

  public AlienTableConstraint(SqlParserPos pos, SqlIdentifier name, Kind kind, List<AlienIndexedColumn> columns,
      SqlNode check, ConflictAction onConflict, AlienForeignKey references) {
    super(pos, name, onConflict, references);
    this.kind = kind;
    this.columns = List.copyOf(columns);
    this.check = check;
  }

  public Kind kind() {
    return kind;
  }

  /** Key columns of PRIMARY KEY / UNIQUE, or the child columns of FOREIGN KEY; empty for CHECK. */
  public List<AlienIndexedColumn> columns() {
    return columns;
  }

  /** The CHECK condition, or null. */
  public SqlNode check() {
    return check;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(name(), check, references());
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    Unparse.constraintName(writer, name());
    switch (kind) {
      case PRIMARY_KEY -> writer.keyword("PRIMARY KEY");
      case UNIQUE -> writer.keyword("UNIQUE");
      case CHECK -> writer.keyword("CHECK");
      case FOREIGN_KEY -> writer.keyword("FOREIGN KEY");
    }
    if (kind == Kind.CHECK) {
      SqlWriter.Frame frame = writer.startList("(", ")");
      check.unparse(writer, 0, 0);
      writer.endList(frame);
    } else {
      Unparse.parenthesized(writer, columns);
    }
    Unparse.onConflict(writer, onConflict());
    if (references() != null) {
      references().unparse(writer, 0, 0);
    }
  }
}
