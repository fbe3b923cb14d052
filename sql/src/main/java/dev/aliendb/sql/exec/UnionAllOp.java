package dev.aliendb.sql.exec;

import java.sql.SQLException;
import java.util.List;

/** UNION ALL: the inputs' rows one input after the other, streamed. */
public final class UnionAllOp implements Operator {
    private final List<Operator> inputs;

    public UnionAllOp(List<Operator> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    @Override
    public Cursor open(ExecContext ctx) throws SQLException {
        return new Cursor() {
            private int index = -1;
            private Cursor current;

            @Override
            public Object[] next() throws SQLException {
                while (true) {
                    if (current != null) {
                        Object[] row = current.next();
                        if (row != null) {
                            return row;
                        }
                        current.close();
                        current = null;
                    }
                    if (++index >= inputs.size()) {
                        return null;
                    }
                    current = inputs.get(index).open(ctx);
                }
            }

            @Override
            public void close() {
                if (current != null) {
                    current.close();
                }
                index = inputs.size();
            }
        };
    }

    @Override
    public String describe() {
        return "UNION ALL";
    }

    @Override
    public List<Operator> inputs() {
        return inputs;
    }
}
