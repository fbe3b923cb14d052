package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.Expr;
import dev.aliendb.sql.eval.SqlValues;
import java.sql.SQLException;
import java.util.List;

/**
 * Passes the rows for which the condition is TRUE (not FALSE, not NULL). When the condition contains
 * correlated subqueries, each input row is bound to {@code correlationIds} before the condition runs.
 * Row ids pass through, so a filter over a table access is still a {@link TableOperator}.
 */
public final class FilterOp implements TableOperator {
    private final Operator input;
    private final Expr condition;
    private final int[] correlationIds;
    private final String text;

    public FilterOp(Operator input, Expr condition, int[] correlationIds, String text) {
        this.input = input;
        this.condition = condition;
        this.correlationIds = correlationIds.clone();
        this.text = text;
    }

    public Operator input() {
        return input;
    }

    @Override
    public TableRowCursor open(ExecContext ctx) throws SQLException {
        Cursor in = input.open(ctx);
        return new TableRowCursor() {
            @Override
            public Object[] next() throws SQLException {
                for (Object[] row = in.next(); row != null; row = in.next()) {
                    for (int id : correlationIds) {
                        ctx.eval().bindCorrelation(id, row);
                    }
                    if (Boolean.TRUE.equals(SqlValues.truth(condition.eval(row, ctx.eval())))) {
                        return row;
                    }
                    ctx.tick();
                }
                return null;
            }

            @Override
            public long rowId() {
                return ((TableRowCursor) in).rowId();
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    @Override
    public String describe() {
        return "FILTER " + text;
    }

    @Override
    public List<Operator> inputs() {
        return List.of(input);
    }
}
