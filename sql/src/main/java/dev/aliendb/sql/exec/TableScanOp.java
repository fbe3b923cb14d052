package dev.aliendb.sql.exec;

import dev.aliendb.engine.EngineException;
import java.sql.SQLException;
import java.util.List;

/** Full scan of a table in row-id order. */
public final class TableScanOp implements TableOperator {
    private final String table;

    public TableScanOp(String table) {
        this.table = table;
    }

    @Override
    public TableRowCursor open(ExecContext ctx) throws SQLException {
        try {
            return new EngineRowCursor(ctx.table(table).scan(), ctx);
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
