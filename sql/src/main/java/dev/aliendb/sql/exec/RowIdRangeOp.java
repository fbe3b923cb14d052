package dev.aliendb.sql.exec;

import dev.aliendb.engine.EngineException;
import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;
import java.util.List;

/**
 * Row-id range scan: every bound is {@code rowid > e}, {@code >=}, {@code <} or {@code <=} with e free of this
 * table's columns; several lower (upper) bounds are intersected. A NULL bound matches nothing. Decodes only
 * the columns it was given (null = all).
 */
public final class RowIdRangeOp implements TableOperator {
    private final String table;
    private final List<Bound> lows;
    private final List<Bound> highs;
    private final String text;
    private final int[] columns;

    /** One bound expression with its inclusiveness. */
    public record Bound(Expr value, boolean inclusive) {
    }

    public RowIdRangeOp(String table, List<Bound> lows, List<Bound> highs, String text, int[] columns) {
        this.table = table;
        this.lows = List.copyOf(lows);
        this.highs = List.copyOf(highs);
        this.text = text;
        this.columns = columns == null ? null : columns.clone();
    }

    @Override
    public TableRowCursor open(ExecContext ctx) throws SQLException {
        Long low = null;
        Long high = null;
        boolean empty = false;
        for (Bound b : lows) {
            Long v = KeyValues.lowRowId(b.value().eval(null, ctx.eval()), b.inclusive());
            if (v == null) {
                empty = true;
            } else if (low == null || v > low) {
                low = v;
            }
        }
        for (Bound b : highs) {
            Long v = KeyValues.highRowId(b.value().eval(null, ctx.eval()), b.inclusive());
            if (v == null) {
                empty = true;
            } else if (high == null || v < high) {
                high = v;
            }
        }
        if (empty || (low != null && high != null && low > high)) {
            return EmptyCursor.TABLE;
        }
        try {
            return EngineRowCursor.over(ctx.table(table).rowIdRange(low, true, high, true), ctx, table, columns);
        } catch (EngineException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public String describe() {
        return "SEARCH " + table + " USING INTEGER PRIMARY KEY (" + text + ")";
    }

    @Override
    public List<Operator> inputs() {
        return List.of();
    }
}
