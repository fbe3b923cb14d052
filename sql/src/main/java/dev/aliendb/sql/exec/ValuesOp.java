package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;
import java.util.List;

/** Constant rows (VALUES, SELECT without FROM); each cell is evaluated when its row is produced. */
public final class ValuesOp implements Operator {
    private final List<List<Expr>> rows;

    public ValuesOp(List<List<Expr>> rows) {
        this.rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public Cursor open(ExecContext ctx) {
        return new Cursor() {
            private int next;

            @Override
            public Object[] next() throws SQLException {
                if (next >= rows.size()) {
                    return null;
                }
                List<Expr> cells = rows.get(next++);
                Object[] out = new Object[cells.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = cells.get(i).eval(null, ctx.eval());
                }
                return out;
            }

            @Override
            public void close() {
                next = rows.size();
            }
        };
    }

    @Override
    public String describe() {
        return rows.size() == 1 ? "VALUES (1 row)" : "VALUES (" + rows.size() + " rows)";
    }

    @Override
    public List<Operator> inputs() {
        return List.of();
    }
}
