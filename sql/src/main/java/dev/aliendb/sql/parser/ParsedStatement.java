package dev.aliendb.sql.parser;

import dev.aliendb.sql.command.Command;
import java.util.List;
import org.apache.calcite.sql.SqlNode;

/**
 * The result of {@link AlienParser#parse}: exactly one of {@code node} (a Calcite tree, possibly one of
 * the dev.aliendb.sql.parser.ast nodes) and {@code command} is non-null.
 *
 * @param node           the statement tree, or null for a command
 * @param command        the command, or null for an SQL statement
 * @param parameterCount number of parameter slots (largest SqlDynamicParam index + 1; "?5" alone gives 5)
 * @param parameterNames one entry per slot: the name as written (":a", "@a", "$a") or null for a positional slot
 * @param sql            the statement text as given
 * @param explain        whether the statement was prefixed by EXPLAIN or EXPLAIN QUERY PLAN
 */
public record ParsedStatement(SqlNode node, Command command, int parameterCount, List<String> parameterNames,
    String sql, Explain explain) {

  /** The EXPLAIN prefix of a statement. */
  public enum Explain { NONE, EXPLAIN, QUERY_PLAN }

  public boolean isCommand() {
    return command != null;
  }

  public boolean isExplain() {
    return explain != Explain.NONE;
  }
}
