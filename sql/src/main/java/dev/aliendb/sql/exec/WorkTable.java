package dev.aliendb.sql.exec;

import java.util.List;

/**
 * Identity of a recursive CTE's work table: the rows of the previous iteration, stored per execution in
 * the {@link ExecContext} under this object by {@link RecursiveUnionOp} and read by {@link WorkTableScanOp}.
 */
public final class WorkTable {
    private final String name;

    public WorkTable(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(ExecContext ctx) {
        Object rows = ctx.state(this);
        return rows == null ? List.of() : (List<Object[]>) rows;
    }
}
