package dev.aliendb.sql.exec;

import dev.aliendb.engine.Affinity;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.TableAccess;
import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Index nested-loop join (INNER or LEFT): for each left row it evaluates the key expressions over the left
 * row and looks the right table up by row id (one key) or by an index prefix (one key per leading indexed
 * column), then checks the right table's own filter and the full join condition. Keys that are NULL match
 * nothing. Index lookups decode only the right table's columns it was given (null = all; the others are NULL).
 */
public final class IndexJoinOp implements Operator {
    private final Operator left;
    private final String table;
    private final String index;
    private final List<Expr> keys;
    private final List<Affinity> affinities;
    private final Expr rightFilter;
    private final Expr residual;
    private final JoinKind kind;
    private final int rightWidth;
    private final String text;
    private final int[] columns;

    /**
     * @param index   index name, or null for a row-id lookup (then {@code keys} has one element)
     * @param columns the right table's columns that the filter, the condition and the parent read, or null for all
     */
    public IndexJoinOp(Operator left, String table, String index, List<Expr> keys, List<Affinity> affinities,
                       Expr rightFilter, Expr residual, JoinKind kind, int rightWidth, String text, int[] columns) {
        if (kind != JoinKind.INNER && kind != JoinKind.LEFT) {
            throw new IllegalArgumentException("index join supports INNER and LEFT only");
        }
        this.left = left;
        this.table = table;
        this.index = index;
        this.keys = List.copyOf(keys);
        this.affinities = List.copyOf(affinities);
        this.rightFilter = rightFilter;
        this.residual = residual;
        this.kind = kind;
        this.rightWidth = rightWidth;
        this.text = text;
        this.columns = columns == null ? null : columns.clone();
    }

    @Override
    public Cursor open(ExecContext ctx) throws SQLException {
        TableAccess access = ctx.table(table);
        return new ProbeCursor(left.open(ctx), ctx, kind, rightWidth) {
            @Override
            void probe(Object[] l, ArrayDeque<Object[]> out) throws SQLException {
                try {
                    lookup(l, out);
                } catch (EngineException e) {
                    throw Errors.of(e);
                }
            }

            private void lookup(Object[] l, ArrayDeque<Object[]> out) throws SQLException, EngineException {
                if (index == null) {
                    Long id = KeyValues.exactRowId(keys.get(0).eval(l, ctx.eval()));
                    Object[] r = id == null ? null : access.get(id);
                    if (r != null) {
                        offer(l, r.clone(), out);
                    }
                    return;
                }
                Object[] key = new Object[keys.size()];
                for (int i = 0; i < key.length; i++) {
                    key[i] = KeyValues.withAffinity(affinities.get(i), keys.get(i).eval(l, ctx.eval()));
                    if (key[i] == null) {
                        return;
                    }
                }
                try (EngineRowCursor c = new EngineRowCursor(access.indexRange(index, key, true, key, true), ctx, columns,
                        rightWidth)) {
                    for (Object[] r = c.next(); r != null; r = c.next()) {
                        offer(l, r, out);
                    }
                }
            }

            private void offer(Object[] l, Object[] r, ArrayDeque<Object[]> out) throws SQLException {
                if (!JoinOutput.accepts(rightFilter, r, ctx)) {
                    return;
                }
                Object[] joined = Rows.concat(l, r);
                if (JoinOutput.accepts(residual, joined, ctx)) {
                    out.add(joined);
                }
            }
        };
    }

    @Override
    public String describe() {
        return "INDEX " + kind + " JOIN " + table + (index == null ? " USING INTEGER PRIMARY KEY" : " USING INDEX " + index)
                + " (" + text + ")";
    }

    @Override
    public List<Operator> inputs() {
        return List.of(left);
    }
}
