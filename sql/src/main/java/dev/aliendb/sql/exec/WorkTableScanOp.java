package dev.aliendb.sql.exec;

import java.util.List;

/** Reads the current iteration's rows of a recursive CTE (the self-reference inside its recursive part). */
public final class WorkTableScanOp implements Operator {
    private final WorkTable table;

    public WorkTableScanOp(WorkTable table) {
        this.table = table;
    }

    @Override
    public Cursor open(ExecContext ctx) {
        return Rows.cursor(table.rows(ctx));
    }

    @Override
    public String describe() {
        return "SCAN " + table.name() + " (recursive work table)";
    }

    @Override
    public List<Operator> inputs() {
        return List.of();
    }
}
