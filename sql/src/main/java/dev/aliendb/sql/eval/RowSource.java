package dev.aliendb.sql.eval;

import java.sql.SQLException;
import java.util.List;

/** A compiled (sub)query that can be run in a context; provided by the executor for subqueries. */
@FunctionalInterface
public interface RowSource {
    List<Object[]> rows(EvalContext ctx) throws SQLException;
}
