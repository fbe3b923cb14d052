package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * ORDER BY with optional LIMIT/OFFSET. Without a limit it sorts everything (stable); with one it keeps only
 * the best OFFSET+LIMIT rows in a bounded heap (top-N), so memory stays proportional to the limit.
 */
public final class SortOp implements Operator {
    private final Operator input;
    private final List<SortKey> keys;
    private final Expr offset;
    private final Expr fetch;

    public SortOp(Operator input, List<SortKey> keys, Expr offset, Expr fetch) {
        this.input = input;
        this.keys = List.copyOf(keys);
        this.offset = offset;
        this.fetch = fetch;
    }

    @Override
    public Cursor open(ExecContext ctx) throws SQLException {
        long skip = Limits.offset(offset, ctx);
        long limit = Limits.fetch(fetch, ctx);
        Comparator<Object[]> order = SortKey.comparator(keys);
        List<Object[]> sorted;
        long keep = limit == Long.MAX_VALUE ? Long.MAX_VALUE : skip + limit;
        if (keep < 100_000) {
            sorted = topN(ctx, order, (int) keep);
        } else {
            sorted = Rows.drain(input, ctx);
            sorted.sort(order);
        }
        int from = (int) Math.min(skip, sorted.size());
        int to = (int) Math.min(sorted.size(), from + Math.min(limit, Integer.MAX_VALUE));
        return Rows.cursor(sorted.subList(from, to));
    }

    private List<Object[]> topN(ExecContext ctx, Comparator<Object[]> order, int keep) throws SQLException {
        // Ties keep arrival order: the sequence number breaks them.
        Comparator<Object[]> withSeq = order.thenComparing(r -> (Long) r[r.length - 1]);
        PriorityQueue<Object[]> heap = new PriorityQueue<>(Math.max(1, Math.min(keep, 1024)), withSeq.reversed());
        long seq = 0;
        try (Cursor c = input.open(ctx)) {
            for (Object[] row = c.next(); row != null; row = c.next()) {
                ctx.tick();
                if (keep == 0) {
                    continue;
                }
                Object[] tagged = java.util.Arrays.copyOf(row, row.length + 1);
                tagged[row.length] = seq++;
                if (heap.size() < keep) {
                    heap.add(tagged);
                } else if (withSeq.compare(tagged, heap.peek()) < 0) {
                    heap.poll();
                    heap.add(tagged);
                }
            }
        }
        List<Object[]> out = new ArrayList<>(heap);
        out.sort(withSeq);
        out.replaceAll(r -> java.util.Arrays.copyOf(r, r.length - 1));
        return out;
    }

    @Override
    public String describe() {
        return (fetch != null ? "TOP-N SORT " : "SORT ") + keys;
    }

    @Override
    public List<Operator> inputs() {
        return List.of(input);
    }
}
