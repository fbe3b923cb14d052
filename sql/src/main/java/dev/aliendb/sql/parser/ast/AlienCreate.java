package dev.aliendb.sql.parser.ast;

import org.apache.calcite.sql.SqlCreate;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Common part of AlienDB's CREATE statements: the object name and IF NOT EXISTS. */
public abstract class AlienCreate extends SqlCreate {
  private final SqlOperator operator;
  private final SqlIdentifier name;

  AlienCreate(SqlOperator operator, SqlParserPos pos, boolean ifNotExists, SqlIdentifier name) {
    super(operator, pos, false, ifNotExists);
    this.operator = operator;
    this.name = name;
  }

  /** The created object's name; two parts when schema-qualified ("main.t"). */
  public final SqlIdentifier name() {
    return name;
  }

  public final boolean ifNotExists() {
    return ifNotExists;
  }

  @Override
  public final SqlOperator getOperator() {
    return operator;
  }

  /** Writes "CREATE {words} [IF NOT EXISTS] name". */
  final void unparseHeader(SqlWriter writer, String... words) {
    writer.keyword("CREATE");
    for (String word : words) {
      writer.keyword(word);
    }
    if (ifNotExists) {
      writer.keyword("IF NOT EXISTS");
    }
    name.unparse(writer, 0, 0);
  }
}
