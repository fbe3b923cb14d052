package dev.aliendb.sql.command;

/**
 * An expression-free statement recognized before Calcite's parser: transaction control, PRAGMA and
 * maintenance commands. Names are as written with quotes removed; keywords are upper-cased.
 */
public sealed interface Command {

  /** BEGIN [DEFERRED|IMMEDIATE|EXCLUSIVE] [TRANSACTION]. */
  record Begin(Mode mode) implements Command {
    /** SQLite's transaction modes; DEFERRED when none is written. */
    public enum Mode { DEFERRED, IMMEDIATE, EXCLUSIVE }
  }

  /** COMMIT [TRANSACTION] or END [TRANSACTION]. */
  record Commit() implements Command {}

  /** ROLLBACK [TRANSACTION] [TO [SAVEPOINT] name]; {@code savepoint} is null for a full rollback. */
  record Rollback(String savepoint) implements Command {}

  /** SAVEPOINT name. */
  record Savepoint(String name) implements Command {}

  /** RELEASE [SAVEPOINT] name. */
  record Release(String name) implements Command {}

  /**
   * PRAGMA [schema.]name [= value | (value)]. {@code schema} and {@code value} are null when absent;
   * a value keeps its text: an identifier/keyword as written ("WAL", "on"), a number with its sign
   * ("-2000"), a string without quotes.
   */
  record Pragma(String schema, String name, String value) implements Command {}

  /** CHECKPOINT [mode] (mode upper-cased, e.g. "FULL", or null). */
  record Checkpoint(String mode) implements Command {}

  /** VACUUM [schema] [INTO 'file']; both parts null when absent. */
  record Vacuum(String schema, String intoFile) implements Command {}

  /** ANALYZE [schema.]name? — {@code target} is null for the whole database. */
  record Analyze(String target) implements Command {}

  /** REINDEX [[schema.]name] — {@code target} is null for all indexes. */
  record Reindex(String target) implements Command {}

  /** ATTACH [DATABASE] 'file' AS name. */
  record Attach(String file, String schema) implements Command {}

  /** DETACH [DATABASE] name. */
  record Detach(String schema) implements Command {}
}
