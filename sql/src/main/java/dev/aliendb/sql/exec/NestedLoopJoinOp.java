package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;

/**
 * Nested-loop join of any type with an arbitrary condition. The right input is materialized once per open;
 * for RIGHT and FULL joins a bit set remembers which right rows matched so the rest are emitted NULL-padded
 * after the left input is exhausted.
 */
public final class NestedLoopJoinOp implements Operator {
    private final Operator left;
    private final Operator right;
    private final Expr condition;
    private final JoinKind kind;
    private final int leftWidth;
    private final int rightWidth;
    private final String text;

    public NestedLoopJoinOp(Operator left, Operator right, Expr condition, JoinKind kind, int leftWidth,
                            int rightWidth, String text) {
        this.left = left;
        this.right = right;
        this.condition = condition;
        this.kind = kind;
        this.leftWidth = leftWidth;
        this.rightWidth = rightWidth;
        this.text = text;
    }

    @Override
    public Cursor open(ExecContext ctx) throws SQLException {
        List<Object[]> rights = Rows.drain(right, ctx);
        BitSet matchedRight = new BitSet(rights.size());
        Cursor in = left.open(ctx);
        return new Cursor() {
            private final ArrayDeque<Object[]> pending = new ArrayDeque<>();
            private boolean leftDone;
            private int unmatchedScan;

            @Override
            public Object[] next() throws SQLException {
                while (pending.isEmpty()) {
                    if (leftDone) {
                        return unmatchedRight();
                    }
                    Object[] l = in.next();
                    if (l == null) {
                        leftDone = true;
                        continue;
                    }
                    boolean matched = false;
                    for (int i = 0; i < rights.size(); i++) {
                        ctx.tick();
                        Object[] joined = Rows.concat(l, rights.get(i));
                        if (JoinOutput.accepts(condition, joined, ctx)) {
                            matched = true;
                            matchedRight.set(i);
                            pending.add(joined);
                        }
                    }
                    if (!matched && (kind == JoinKind.LEFT || kind == JoinKind.FULL)) {
                        pending.add(JoinOutput.padRight(l, rightWidth));
                    }
                }
                return pending.poll();
            }

            private Object[] unmatchedRight() {
                if (kind != JoinKind.RIGHT && kind != JoinKind.FULL) {
                    return null;
                }
                int i = matchedRight.nextClearBit(unmatchedScan);
                if (i >= rights.size()) {
                    return null;
                }
                unmatchedScan = i + 1;
                return JoinOutput.padLeft(leftWidth, rights.get(i));
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    @Override
    public String describe() {
        return "NESTED LOOP " + kind + " JOIN" + (text.isEmpty() ? "" : " ON " + text);
    }

    @Override
    public List<Operator> inputs() {
        return List.of(left, right);
    }
}
