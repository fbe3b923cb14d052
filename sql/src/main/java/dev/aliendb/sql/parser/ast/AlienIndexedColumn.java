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
 * One key part of an index or of a table-level PRIMARY KEY/UNIQUE: "expr [COLLATE name] [ASC|DESC]".
 * The expression is usually a plain column name ({@link #columnName()}).
 */
public final class AlienIndexedColumn extends SqlCall {
  static final SqlOperator OPERATOR = new SqlSpecialOperator("INDEXED COLUMN", SqlKind.OTHER);

  private final SqlNode expression;
  private final String collation;
  private final boolean descending;

  public AlienIndexedColumn(SqlParserPos pos, SqlNode expression, String collation, boolean descending) {
    super(pos);
    this.expression = expression;
    this.collation = collation;
    this.descending = descending;
  }

  public SqlNode expression() {
    return expression;
  }

  /** The column name when the key part is a simple column reference, else null. */
  public String columnName() {
    return expression instanceof SqlIdentifier id && id.isSimple() ? id.getSimple() : null;
  }

  /** COLLATE name as written, or null. */
  public String collation() {
    return collation;
  }

  public boolean descending() {
    return descending;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(expression);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    expression.unparse(writer, 0, 0);
    if (collation != null) {
      writer.keyword("COLLATE");
      writer.identifier(collation, false);
    }
    if (descending) {
      writer.keyword("DESC");
    }
  }
}
