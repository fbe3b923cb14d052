package dev.aliendb.sql.plan;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.sql.command.Command;
import java.util.List;
import org.apache.calcite.sql.SqlNode;

/**
 * One parsed statement as the planner consumes it, independent of which parser produced it.
 *
 * @param sql            the statement text (positions in {@code node} refer to it)
 * @param node           the Calcite parse tree, or null for a command
 * @param command        a parser command object (BEGIN, PRAGMA, ...), or null
 * @param parameterCount number of distinct parameters
 * @param parameterNames per parameter its name (":name") or null
 * @param explain        EXPLAIN prefix, if any
 * @param onConflict     INSERT/UPDATE OR &lt;action&gt; (REPLACE INTO = REPLACE); ABORT when not given
 */
public record ParsedSql(String sql, SqlNode node, Command command, int parameterCount, List<String> parameterNames,
                        Explain explain, ConflictAction onConflict) {

    /** Which EXPLAIN form prefixed the statement. */
    public enum Explain { NONE, PLAN, QUERY_PLAN }
}
