package dev.aliendb.sql.parser;

import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlDelegatingConformance;

/**
 * AlienDB's SQL conformance: Calcite's LENIENT with the SQLite behaviours pinned explicitly
 * ("%" remainder, "!=", "LIMIT offset, count", ORDER/GROUP BY ordinals and aliases, FROM-less SELECT,
 * INSERT into a subset of columns), and without the dialect features whose syntax clashes with SQLite's.
 * Use the same instance for the parser ({@link AlienParser#config()}) and the validator.
 */
public final class AlienConformance extends SqlDelegatingConformance {
  public static final AlienConformance INSTANCE = new AlienConformance();

  private AlienConformance() {
    super(SqlConformanceEnum.LENIENT);
  }

  @Override public boolean isPercentRemainderAllowed() { return true; }
  @Override public boolean isBangEqualAllowed() { return true; }
  @Override public boolean isLimitStartCountAllowed() { return true; }
  @Override public boolean isOffsetLimitAllowed() { return true; }
  @Override public boolean isSortByOrdinal() { return true; }
  @Override public boolean isSortByAlias() { return true; }
  @Override public boolean isGroupByOrdinal() { return true; }
  @Override public boolean isGroupByAlias() { return true; }
  @Override public boolean isHavingAlias() { return true; }
  @Override public boolean isFromRequired() { return false; }
  @Override public boolean isInsertSubsetColumnsAllowed() { return true; }
  @Override public boolean splitQuotedTableName() { return false; }
  @Override public boolean isColonFieldAccessAllowed() { return false; }
}
