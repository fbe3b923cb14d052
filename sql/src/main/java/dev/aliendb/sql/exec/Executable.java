package dev.aliendb.sql.exec;

import java.sql.SQLException;

/**
 * The immutable, shareable root of a prepared statement's plan: a query, a DML statement, a DDL statement
 * or a command. {@link #run} executes it once inside the statement the session opened.
 */
public interface Executable {
    Outcome run(ExecContext ctx) throws SQLException;

    /** Whether the statement needs a write transaction. */
    boolean writes();

    /**
     * Whether the session must wrap the execution in the engine's statement protocol (begin/endStatement).
     * Transaction-control commands manage the transaction themselves and say false.
     */
    default boolean transactional() {
        return true;
    }

    /** EXPLAIN text: one line per plan node, children indented by two spaces. */
    String explain();

    /** Renders an operator tree for {@link #explain()}. */
    static String explain(Operator op) {
        StringBuilder sb = new StringBuilder();
        render(op, 0, sb);
        return sb.toString();
    }

    private static void render(Operator op, int depth, StringBuilder sb) {
        if (!sb.isEmpty()) {
            sb.append('\n');
        }
        sb.append("  ".repeat(depth)).append(op.describe());
        for (Operator in : op.inputs()) {
            render(in, depth + 1, sb);
        }
    }
}
