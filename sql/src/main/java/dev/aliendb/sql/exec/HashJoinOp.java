package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Equi-join (INNER or LEFT): builds a hash table on the right input's key columns, probes it with each left
 * row, then checks the residual condition (the full join condition) on every candidate pair. Keys containing
 * NULL never match. Key equality is SQLite's value equality ({@link RowKey}), so the planner only uses this
 * operator when both key columns have the same type class (no affinity conversion is needed).
 */
public final class HashJoinOp implements Operator {
    private final Operator left;
    private final Operator right;
    private final int[] leftKeys;
    private final int[] rightKeys;
    private final Expr residual;
    private final JoinKind kind;
    private final int rightWidth;
    private final String text;

    public HashJoinOp(Operator left, Operator right, int[] leftKeys, int[] rightKeys, Expr residual, JoinKind kind,
                      int rightWidth, String text) {
        if (kind != JoinKind.INNER && kind != JoinKind.LEFT) {
            throw new IllegalArgumentException("hash join supports INNER and LEFT only");
        }
        this.left = left;
        this.right = right;
        this.leftKeys = leftKeys.clone();
        this.rightKeys = rightKeys.clone();
        this.residual = residual;
        this.kind = kind;
        this.rightWidth = rightWidth;
        this.text = text;
    }

    @Override
    public Cursor open(ExecContext ctx) throws SQLException {
        Map<RowKey, List<Object[]>> table = new HashMap<>();
        try (Cursor c = right.open(ctx)) {
            for (Object[] row = c.next(); row != null; row = c.next()) {
                ctx.tick();
                RowKey key = RowKey.of(row, rightKeys);
                if (!key.hasNull()) {
                    table.computeIfAbsent(key, k -> new ArrayList<>(2)).add(row);
                }
            }
        }
        return new ProbeCursor(left.open(ctx), ctx, kind, rightWidth) {
            @Override
            void probe(Object[] l, ArrayDeque<Object[]> out) throws SQLException {
                RowKey key = RowKey.of(l, leftKeys);
                List<Object[]> matches = key.hasNull() ? null : table.get(key);
                if (matches != null) {
                    for (Object[] r : matches) {
                        Object[] joined = Rows.concat(l, r);
                        if (JoinOutput.accepts(residual, joined, ctx)) {
                            out.add(joined);
                        }
                    }
                }
            }
        };
    }

    @Override
    public String describe() {
        return "HASH " + kind + " JOIN ON " + text;
    }

    @Override
    public List<Operator> inputs() {
        return List.of(left, right);
    }
}
