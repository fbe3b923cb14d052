package dev.aliendb.sql.parser.ast;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * CREATE [TEMP] TABLE [IF NOT EXISTS] name (column defs [, table constraints]) or
 * CREATE [TEMP] TABLE [IF NOT EXISTS] name AS query. Exactly one of {@link #columns()} (non-empty)
 * and {@link #query()} (non-null) is given.
 */
public final class AlienCreateTable extends AlienCreate {
  static final SqlOperator OPERATOR = new SqlSpecialOperator("CREATE TABLE", SqlKind.CREATE_TABLE);

  private final boolean temporary;
  private final List<AlienColumnDef> columns;
  private final List<AlienTableConstraint> constraints;
  private final SqlNode query;

  public AlienCreateTable(SqlParserPos pos, boolean temporary, boolean ifNotExists, SqlIdentifier name,
      List<AlienColumnDef> columns, List<AlienTableConstraint> constraints, SqlNode query) {
    super(OPERATOR, pos, ifNotExists, name);
    this.temporary = temporary;
    this.columns = List.copyOf(columns);
    this.constraints = List.copyOf(constraints);
    this.query = query;
  }

  public boolean temporary() {
    return temporary;
  }

  /** Column definitions in declaration order; empty for CREATE TABLE ... AS. */
  public List<AlienColumnDef> columns() {
    return columns;
  }

  /** Table constraints in declaration order. */
  public List<AlienTableConstraint> constraints() {
    return constraints;
  }

  /** The query of CREATE TABLE ... AS query, else null. */
  public SqlNode query() {
    return query;
  }

  @Override
  public List<SqlNode> getOperandList() {
    List<SqlNode> operands = new ArrayList<>();
    operands.add(name());
    operands.addAll(columns);
    operands.addAll(constraints);
    if (query != null) {
      operands.add(query);
    }
    return operands;
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    unparseHeader(writer, temporary ? new String[] {"TEMP", "TABLE"} : new String[] {"TABLE"});
    if (query != null) {
      writer.keyword("AS");
      query.unparse(writer, 0, 0);
      return;
    }
    List<SqlNode> elements = new ArrayList<>(columns);
    elements.addAll(constraints);
    Unparse.parenthesized(writer, elements);
  }
}
