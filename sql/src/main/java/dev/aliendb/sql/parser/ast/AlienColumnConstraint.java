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
 * One column constraint of a column definition: "[CONSTRAINT name] PRIMARY KEY [ASC|DESC]
 * [ON CONFLICT x] [AUTOINCREMENT]", "NOT NULL [ON CONFLICT x]", "NULL", "UNIQUE [ON CONFLICT x]",
 * "CHECK (expr)", "DEFAULT value", "COLLATE name" or a foreign-key clause.
 * Fields that do not apply to a {@link Kind} are null/false.
 */
public final class AlienColumnConstraint extends AlienConstraint {
  /** The constraint forms. */
  public enum Kind { PRIMARY_KEY, NOT_NULL, NULL, UNIQUE, CHECK, DEFAULT, COLLATE, REFERENCES }

  static final SqlOperator OPERATOR = new SqlSpecialOperator("COLUMN CONSTRAINT", SqlKind.OTHER);

  private final Kind kind;
  private final SqlNode expression;
  private final boolean descending;
  private final boolean autoincrement;
  private final String collation;

  private AlienColumnConstraint(SqlParserPos pos, SqlIdentifier name, Kind kind, SqlNode expression,
      boolean descending, boolean autoincrement, ConflictAction onConflict, String collation,
      AlienForeignKey references) {
    super(pos, name, onConflict, references);
    this.kind = kind;
    this.expression = expression;
    this.descending = descending;
    this.autoincrement = autoincrement;
    this.collation = collation;
  }

  public static AlienColumnConstraint primaryKey(SqlParserPos pos, SqlIdentifier name, boolean descending,
      ConflictAction onConflict, boolean autoincrement) {
    return new AlienColumnConstraint(pos, name, Kind.PRIMARY_KEY, null, descending, autoincrement, onConflict,
        null, null);
  }

  public static AlienColumnConstraint notNull(SqlParserPos pos, SqlIdentifier name, ConflictAction onConflict) {
    return new AlienColumnConstraint(pos, name, Kind.NOT_NULL, null, false, false, onConflict, null, null);
  }

  public static AlienColumnConstraint nullable(SqlParserPos pos, SqlIdentifier name) {
    return new AlienColumnConstraint(pos, name, Kind.NULL, null, false, false, null, null, null);
  }

  public static AlienColumnConstraint unique(SqlParserPos pos, SqlIdentifier name, ConflictAction onConflict) {
    return new AlienColumnConstraint(pos, name, Kind.UNIQUE, null, false, false, onConflict, null, null);
  }

  public static AlienColumnConstraint check(SqlParserPos pos, SqlIdentifier name, SqlNode condition) {
    return new AlienColumnConstraint(pos, name, Kind.CHECK, condition, false, false, null, null, null);
  }

  public static AlienColumnConstraint defaultValue(SqlParserPos pos, SqlIdentifier name, SqlNode value) {
    return new AlienColumnConstraint(pos, name, Kind.DEFAULT, value, false, false, null, null, null);
  }

  public static AlienColumnConstraint collate(SqlParserPos pos, SqlIdentifier name, String collation) {
    return new AlienColumnConstraint(pos, name, Kind.COLLATE, null, false, false, null, collation, null);
  }

  public static AlienColumnConstraint references(SqlParserPos pos, SqlIdentifier name, AlienForeignKey fk) {
    return new AlienColumnConstraint(pos, name, Kind.REFERENCES, null, false, false, null, null, fk);
  }

  public Kind kind() {
    return kind;
  }

  /** The CHECK condition or the DEFAULT value expression; null for other kinds. */
  public SqlNode expression() {
    return expression;
  }

  /** PRIMARY KEY DESC. */
  public boolean descending() {
    return descending;
  }

  /** PRIMARY KEY ... AUTOINCREMENT. */
  public boolean autoincrement() {
    return autoincrement;
  }

  /** The collation name of COLLATE, as written; null for other kinds. */
  public String collation() {
    return collation;
  }

  @Override
  public SqlOperator getOperator() {
    return OPERATOR;
  }

  @Override
  public List<SqlNode> getOperandList() {
    return ImmutableNullableList.of(name(), expression, references());
  }

  @Override
  public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
    Unparse.constraintName(writer, name());
    switch (kind) {
      case PRIMARY_KEY -> {
        writer.keyword("PRIMARY KEY");
        if (descending) {
          writer.keyword("DESC");
        }
        Unparse.onConflict(writer, onConflict());
        if (autoincrement) {
          writer.keyword("AUTOINCREMENT");
        }
      }
      case NOT_NULL -> {
        writer.keyword("NOT NULL");
        Unparse.onConflict(writer, onConflict());
      }
      case NULL -> writer.keyword("NULL");
      case UNIQUE -> {
        writer.keyword("UNIQUE");
        Unparse.onConflict(writer, onConflict());
      }
      case CHECK -> {
        writer.keyword("CHECK");
        SqlWriter.Frame frame = writer.startList("(", ")");
        expression.unparse(writer, 0, 0);
        writer.endList(frame);
      }
      case DEFAULT -> {
        writer.keyword("DEFAULT");
        SqlWriter.Frame frame = writer.startList("(", ")");
        expression.unparse(writer, 0, 0);
        writer.endList(frame);
      }
      case COLLATE -> {
        writer.keyword("COLLATE");
        writer.identifier(collation, false);
      }
      case REFERENCES -> references().unparse(writer, 0, 0);
    }
  }
}
