package dev.aliendb.sql.parser.ast;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * An INSERT that Calcite's {@link SqlInsert} cannot express alone: "INSERT OR action INTO ...",
 * "REPLACE INTO ..." (action REPLACE), "INSERT [OR action] INTO t [(cols)] DEFAULT VALUES" and
 * INSERT ... ON CONFLICT ... DO NOTHING / DO UPDATE (the {@link #upserts()}, in source order).
 * A plain "INSERT INTO ... VALUES/SELECT" is parsed to a bare SqlInsert instead.
 * Invariant: {@link #insert()} is null exactly when {@link #defaultValues()} is true; the action is
 * never null (ABORT when no OR clause was written).
 */
public final class AlienInsert extends SqlCall {
  static final SqlOperator OPERATOR = new SqlSpecialOperator("INSERT OR", SqlKind.OTHER);

  private final ConflictAction action;
  private final boolean replaceSyntax;
  private final SqlIdentifier table;
  private final SqlNodeList columns;
  private final SqlInsert insert;
  private final List<AlienUpsert> upserts;

  public AlienInsert(SqlParserPos pos, ConflictAction action, boolean replaceSyntax, SqlIdentifier table,
      SqlNodeList columns, SqlInsert insert, List<AlienUpsert> upserts) {
    super(pos);
    this.action = action;
    this.replaceSyntax = replaceSyntax;
    this.table = table;
    this.columns = columns;
    this.insert = insert;
    this.upserts = List.copyOf(upserts);
  }

  /** The conflict resolution; ABORT when none was written. */
  public ConflictAction action() {
    return action;
  }

  /** The wrapped INSERT (target, column list, source), or null for DEFAULT VALUES. */
  public SqlInsert insert() {
    return insert;
  }

  /** True for "... DEFAULT VALUES": one row, every column takes its default. */
  public boolean defaultValues() {
    return insert == null;
  }

  /** The ON CONFLICT ... DO clauses; empty when none were written. */
  public List<AlienUpsert> upserts() {
    return upserts;
  }

  public SqlIdentifier table() {
    return table;
  }

  /** The explicit target column list, or null. */
  public SqlNodeList columns() {
    return columns;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    List<SqlNode> operands = new ArrayList<>();
    operands.add(table);
    operands.add(columns);
    operands.add(insert == null ? null : insert.getSource());
    operands.addAll(upserts);
    return operands;
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    if (replaceSyntax) {
      writer.keyword("REPLACE");
    } else {
      writer.keyword("INSERT OR");
      writer.keyword(action.name());
    }
    writer.keyword("INTO");
    table.unparse(writer, 0, 0);
    if (columns != null) {
      Unparse.parenthesized(writer, columns);
    }
    if (insert == null) {
      writer.keyword("DEFAULT VALUES");
    } else {
      writer.newlineAndIndent();
      insert.getSource().unparse(writer, 0, 0);
    }
    for (AlienUpsert upsert : upserts) {
      upsert.unparse(writer, 0, 0);
    }
  }
}
