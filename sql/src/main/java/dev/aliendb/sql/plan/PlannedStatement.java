package dev.aliendb.sql.plan;

import dev.aliendb.sql.ColumnInfo;
import dev.aliendb.sql.exec.Executable;
import java.util.List;

/**
 * An immutable prepared plan, as the plan cache holds it: the executable, result metadata and parameter
 * information, and the catalog version it was planned against (stale when the catalog moved on).
 *
 * @param parameterTypes java.sql.Types per parameter
 */
public record PlannedStatement(Executable executable, boolean query, List<ColumnInfo> columns, int parameterCount,
                               List<String> parameterNames, int[] parameterTypes, long catalogVersion) {
}
