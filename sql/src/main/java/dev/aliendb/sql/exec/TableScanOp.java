package dev.aliendb.sql.exec;

import dev.aliendb.engine.EngineException;
import java.sql.SQLException;
import java.util.List;

/** Full scan of a table in row-id order, decoding only the columns it was given (null = all). */
public final class TableScanOp implements TableOperator {
    private final String table;
    private final int[] columns;

    public TableScanOp(String table, int[] columns) {
        this.table = table;
        this.columns = columns == null ? null : columns.clone();
    }

    @Override
    public TableRowCursor open(ExecContext ctx) throws SQLException {
        try {
            return EngineRowCursor.over(ctx.table(table).scan(), ctx, table, columns);
        } catch (EngineException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public String describe() {
        return "SCAN " + table;
    }

    @Override
    public List<Operator> inputs() {
        return List.of();
    }
}
