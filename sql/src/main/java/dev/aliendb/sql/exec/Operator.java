package dev.aliendb.sql.exec;

import java.sql.SQLException;
import java.util.List;

/**
 * A node of an executable plan. Operators are immutable and shareable between sessions and executions (the
 * plan cache hands the same tree to everyone); all per-execution state lives in the {@link Cursor} that
 * {@link #open} returns and in the {@link ExecContext}.
 */
public interface Operator {
    Cursor open(ExecContext ctx) throws SQLException;

    /** One line for EXPLAIN, e.g. "SEARCH t USING ROWID (id=?)". */
    String describe();

    List<Operator> inputs();
}
