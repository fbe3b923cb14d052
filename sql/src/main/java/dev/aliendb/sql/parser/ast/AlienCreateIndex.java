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
 * CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON table (key parts) [WHERE condition].
 * A partial-index condition is parsed and kept ({@link #where()}); whether it is supported is the
 * executor's decision.
 */
public final class AlienCreateIndex extends AlienCreate {
  static final SqlOperator OPERATOR = new SqlSpecialOperator("CREATE INDEX", SqlKind.CREATE_INDEX);

  private final SqlIdentifier table;
  private final boolean unique;
  private final List<AlienIndexedColumn> columns;
  private final SqlNode where;

  public AlienCreateIndex(SqlParserPos pos, boolean unique, boolean ifNotExists, SqlIdentifier name,
      SqlIdentifier table, List<AlienIndexedColumn> columns, SqlNode where) {
    super(OPERATOR, pos, ifNotExists, name);
    this.table = table;
    this.unique = unique;
    this.columns = List.copyOf(columns);
    this.where = where;
  }

  /** The indexed table (unqualified, as SQLite requires). */
  public SqlIdentifier table() {
    return table;
  }

  public boolean unique() {
    return unique;
  }

  /** Key parts in order; never empty. */
  public List<AlienIndexedColumn> columns() {
    return columns;
  }

  /** Partial-index condition, or null. */
  public SqlNode where() {
    return where;
  }

  @Override
  public List<SqlNode> getOperandList() {
    List<SqlNode> operands = new ArrayList<>();
    operands.add(name());
    operands.add(table);
    operands.addAll(columns);
    if (where != null) {
      operands.add(where);
    }
    return operands;
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    unparseHeader(writer, unique ? new String[] {"UNIQUE", "INDEX"} : new String[] {"INDEX"});
    writer.keyword("ON");
    table.unparse(writer, 0, 0);
    Unparse.parenthesized(writer, columns);
    if (where != null) {
      writer.keyword("WHERE");
      where.unparse(writer, 0, 0);
    }
  }
}
