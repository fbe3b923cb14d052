package dev.aliendb.sql.parser.ast;

/** SQLite's conflict resolution algorithms (INSERT OR x, ON CONFLICT x); ABORT is SQLite's default. */
public enum ConflictAction {
  ROLLBACK, ABORT, FAIL, IGNORE, REPLACE
}
