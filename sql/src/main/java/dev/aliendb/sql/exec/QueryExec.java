package dev.aliendb.sql.exec;

import java.sql.SQLException;

/** A query: runs the operator tree to completion and returns its rows. */
public final class QueryExec implements Executable {
    private final Operator root;

    public QueryExec(Operator root) {
        this.root = root;
    }

    @Override
    public Outcome run(ExecContext ctx) throws SQLException {
        return Outcome.rows(Rows.drain(root, ctx));
    }

    @Override
    public boolean writes() {
        return false;
    }

    @Override
    public String explain() {
        return Executable.explain(root);
    }
}
