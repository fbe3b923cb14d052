package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;
import java.util.List;

/** Computes one output row of expressions per input row (binding correlations first when it has any). */
public final class ProjectOp implements Operator {
    private final Operator input;
    private final Expr[] exprs;
    private final int[] correlationIds;
    private final String text;

    public ProjectOp(Operator input, List<Expr> exprs, int[] correlationIds, String text) {
        this.input = input;
        this.exprs = exprs.toArray(new Expr[0]);
        this.correlationIds = correlationIds.clone();
        this.text = text;
    }

    @Override
    public Cursor open(ExecContext ctx) throws SQLException {
        Cursor in = input.open(ctx);
        return new Cursor() {
            @Override
            public Object[] next() throws SQLException {
                Object[] row = in.next();
                if (row == null) {
                    return null;
                }
                for (int id : correlationIds) {
                    ctx.eval().bindCorrelation(id, row);
                }
                Object[] out = new Object[exprs.length];
                for (int i = 0; i < exprs.length; i++) {
                    out[i] = exprs[i].eval(row, ctx.eval());
                }
                return out;
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    @Override
    public String describe() {
        return "PROJECT " + text;
    }

    @Override
    public List<Operator> inputs() {
        return List.of(input);
    }
}
