package dev.aliendb.sql.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by operators that materialize their input. */
public final class Rows {
    private Rows() {
    }

    /** Drains an operator into a list, ticking the control per row. */
    public static List<Object[]> drain(Operator op, ExecContext ctx) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Cursor c = op.open(ctx)) {
            for (Object[] row = c.next(); row != null; row = c.next()) {
                ctx.tick();
                rows.add(row);
            }
        }
        return rows;
    }

    /** A cursor over a list. */
    public static Cursor cursor(List<Object[]> rows) {
        return new Cursor() {
            private int next;

            @Override
            public Object[] next() {
                return next < rows.size() ? rows.get(next++) : null;
            }

            @Override
            public void close() {
                next = rows.size();
            }
        };
    }

    public static Object[] concat(Object[] left, Object[] right) {
        Object[] out = new Object[left.length + right.length];
        System.arraycopy(left, 0, out, 0, left.length);
        System.arraycopy(right, 0, out, left.length, right.length);
        return out;
    }
}
