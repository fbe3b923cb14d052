package dev.aliendb.sql.parser.ast;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Common part of column and table constraints: the optional CONSTRAINT name, ON CONFLICT action and REFERENCES clause. */
public abstract class AlienConstraint extends SqlCall {
  private final SqlIdentifier name;
  private final ConflictAction onConflict;
  private final AlienForeignKey references;

  AlienConstraint(SqlParserPos pos, SqlIdentifier name, ConflictAction onConflict, AlienForeignKey references) {
    super(pos);
    this.name = name;
    this.onConflict = onConflict;
    this.references = references;
  }

  /** "CONSTRAINT name", or null. */
  public final SqlIdentifier name() {
    return name;
  }

  /** The ON CONFLICT action (PRIMARY KEY, NOT NULL, UNIQUE), or null when absent or not applicable. */
  public final ConflictAction onConflict() {
    return onConflict;
  }

  /** The foreign-key clause (REFERENCES / FOREIGN KEY), or null. */
  public final AlienForeignKey references() {
    return references;
  }
}
