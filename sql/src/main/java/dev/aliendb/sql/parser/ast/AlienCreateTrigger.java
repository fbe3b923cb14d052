package dev.aliendb.sql.parser.ast;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * CREATE [TEMP] TRIGGER [IF NOT EXISTS] name [BEFORE|AFTER|INSTEAD OF] {DELETE|INSERT|UPDATE [OF cols]}
 * ON table [FOR EACH ROW] [WHEN condition] BEGIN stmt; ... END. Kind OTHER_DDL. The body statements are
 * ordinary parsed statements (NEW.x / OLD.x are compound identifiers); the body is never empty.
 */
public final class AlienCreateTrigger extends AlienCreate {
  /** When the trigger fires; BEFORE when none is written (SQLite's default). */
  public enum Timing { BEFORE, AFTER, INSTEAD_OF }

  /** The triggering statement kind. */
  public enum Event { DELETE, INSERT, UPDATE }

  static final SqlOperator OPERATOR = new SqlSpecialOperator("CREATE TRIGGER", SqlKind.OTHER_DDL);

  private final boolean temporary;
  private final Timing timing;
  private final Event event;
  private final SqlNodeList updateColumns;
  private final SqlIdentifier table;
  private final boolean forEachRow;
  private final SqlNode when;
  private final List<SqlNode> body;

  public AlienCreateTrigger(SqlParserPos pos, boolean temporary, boolean ifNotExists, SqlIdentifier name,
      Timing timing, Event event, SqlNodeList updateColumns, SqlIdentifier table, boolean forEachRow, SqlNode when,
      List<SqlNode> body) {
    super(OPERATOR, pos, ifNotExists, name);
    this.temporary = temporary;
    this.timing = timing;
    this.event = event;
    this.updateColumns = updateColumns;
    this.table = table;
    this.forEachRow = forEachRow;
    this.when = when;
    this.body = List.copyOf(body);
  }

  public boolean temporary() {
    return temporary;
  }

  public Timing timing() {
    return timing;
  }

  public Event event() {
    return event;
  }

  /** The columns of UPDATE OF cols, or null (any column). */
  public SqlNodeList updateColumns() {
    return updateColumns;
  }

  public SqlIdentifier table() {
    return table;
  }

  /** FOR EACH ROW was written (SQLite triggers are always row triggers). */
  public boolean forEachRow() {
    return forEachRow;
  }

  /** The WHEN condition, or null. */
  public SqlNode when() {
    return when;
  }

  /** The body statements in order. */
  public List<SqlNode> body() {
    return body;
  }

  @Override
  public List<SqlNode> getOperandList() {
    List<SqlNode> operands = new ArrayList<>();
    operands.add(name());
    operands.add(table);
    if (updateColumns != null) {
      operands.add(updateColumns);
    }
    if (when != null) {
      operands.add(when);
    }
    operands.addAll(body);
    return operands;
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    unparseHeader(writer, temporary ? new String[] {"TEMP", "TRIGGER"} : new String[] {"TRIGGER"});
    writer.keyword(timing == Timing.INSTEAD_OF ? "INSTEAD OF" : timing.name());
    writer.keyword(event.name());
    if (updateColumns != null) {
      writer.keyword("OF");
      Unparse.parenthesized(writer, updateColumns);
    }
    writer.keyword("ON");
    table.unparse(writer, 0, 0);
    if (forEachRow) {
      writer.keyword("FOR EACH ROW");
    }
    if (when != null) {
      writer.keyword("WHEN");
      when.unparse(writer, 0, 0);
    }
    writer.keyword("BEGIN");
    for (SqlNode statement : body) {
      statement.unparse(writer, 0, 0);
      writer.print(";");
    }
    writer.keyword("END");
  }
}
