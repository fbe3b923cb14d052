package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;
import java.util.List;

/** Skips OFFSET rows, then passes at most LIMIT rows, without materializing. */
public final class LimitOp implements Operator {
    private final Operator input;
    private final Expr offset;
    private final Expr fetch;

    public LimitOp(Operator input, Expr offset, Expr fetch) {
        this.input = input;
        this.offset = offset;
        this.fetch = fetch;
    }

    @Override
    public Cursor open(ExecContext ctx) throws SQLException {
        long skip = Limits.offset(offset, ctx);
        long limit = Limits.fetch(fetch, ctx);
        Cursor in = input.open(ctx);
        return new Cursor() {
            private long skipped;
            private long produced;

            @Override
            public Object[] next() throws SQLException {
                if (produced >= limit) {
                    return null;
                }
                while (skipped < skip) {
                    if (in.next() == null) {
                        return null;
                    }
                    skipped++;
                    ctx.tick();
                }
                Object[] row = in.next();
                if (row != null) {
                    produced++;
                }
                return row;
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    @Override
    public String describe() {
        return "LIMIT";
    }

    @Override
    public List<Operator> inputs() {
        return List.of(input);
    }
}
