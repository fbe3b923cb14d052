package dev.aliendb.sql.parser.ast;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;

/** CREATE [TEMP] VIEW [IF NOT EXISTS] name [(column names)] AS query. */
public final class AlienCreateView extends AlienCreate {
  static final SqlOperator OPERATOR = new SqlSpecialOperator("CREATE VIEW", SqlKind.CREATE_VIEW);

  private final boolean temporary;
  private final SqlNodeList columnNames;
  private final SqlNode query;

  public AlienCreateView(SqlParserPos pos, boolean temporary, boolean ifNotExists, SqlIdentifier name,
      SqlNodeList columnNames, SqlNode query) {
    super(OPERATOR, pos, ifNotExists, name);
    this.temporary = temporary;
    this.columnNames = columnNames;
    this.query = query;
  }

  public boolean temporary() {
    return temporary;
  }

  /** Explicit column names, or null when the query's names are used. */
  public SqlNodeList columnNames() {
    return columnNames;
  }

  public SqlNode query() {
    return query;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(name(), columnNames, query);
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    unparseHeader(writer, temporary ? new String[] {"TEMP", "VIEW"} : new String[] {"VIEW"});
    if (columnNames != null) {
      Unparse.parenthesized(writer, columnNames);
    }
    writer.keyword("AS");
    query.unparse(writer, 0, 0);
  }
}
