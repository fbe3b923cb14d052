package dev.aliendb.sql;

import java.sql.SQLException;
import java.util.List;

/**
 * One prepared statement: parsed, validated and planned (or taken from the plan cache). Re-executable with
 * new parameters; re-prepares itself transparently when the schema changed since it was planned.
 */
public interface PreparedSql {
    String sql();

    /** Number of distinct parameters (?, ?NNN, :name). */
    int parameterCount();

    /** java.sql.Types of parameter {@code index} (0-based), Types.OTHER when unknown. */
    int parameterType(int index);

    /** Name of a named parameter (":name") or null. */
    String parameterName(int index);

    boolean isQuery();

    /** Result columns (empty for non-queries). */
    List<ColumnInfo> columns();

    /** Executes with parameter values (0-based, length = parameterCount()). */
    SqlResult execute(Object[] parameters, ExecutionControl control) throws SQLException;

    /** The chosen plan, as EXPLAIN shows it. */
    String explain();
}
