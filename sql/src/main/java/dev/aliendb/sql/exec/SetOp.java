package dev.aliendb.sql.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * UNION, INTERSECT and EXCEPT (distinct, as in SQLite, or ALL with multiset counts), folding the inputs from
 * left to right. Rows are compared with SQLite's grouping equality (NULLs equal). Distinct results come out
 * in first-seen order.
 */
public final class SetOp implements Operator {
    private final SetOpKind kind;
    private final boolean all;
    private final List<Operator> inputs;

    public SetOp(SetOpKind kind, boolean all, List<Operator> inputs) {
        this.kind = kind;
        this.all = all;
        this.inputs = List.copyOf(inputs);
    }

    @Override
    public Cursor open(ExecContext ctx) throws SQLException {
        LinkedHashMap<RowKey, long[]> result = counts(inputs.get(0), ctx);
        for (int i = 1; i < inputs.size(); i++) {
            Map<RowKey, long[]> other = counts(inputs.get(i), ctx);
            switch (kind) {
                case UNION -> other.forEach((k, n) -> result.computeIfAbsent(k, x -> new long[1])[0] += n[0]);
                case INTERSECT -> {
                    result.keySet().retainAll(other.keySet());
                    result.forEach((k, n) -> n[0] = Math.min(n[0], other.get(k)[0]));
                }
                case EXCEPT -> {
                    if (all) {
                        other.forEach((k, n) -> {
                            long[] mine = result.get(k);
                            if (mine != null) {
                                mine[0] -= n[0];
                            }
                        });
                        result.values().removeIf(n -> n[0] <= 0);
                    } else {
                        result.keySet().removeAll(other.keySet());
                    }
                }
            }
        }
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Map.Entry<RowKey, long[]> e : result.entrySet()) {
            long copies = all ? e.getValue()[0] : 1;
            for (long c = 0; c < copies; c++) {
                rows.add(e.getKey().values().clone());
            }
        }
        return Rows.cursor(rows);
    }

    private static LinkedHashMap<RowKey, long[]> counts(Operator op, ExecContext ctx) throws SQLException {
        LinkedHashMap<RowKey, long[]> counts = new LinkedHashMap<>();
        try (Cursor c = op.open(ctx)) {
            for (Object[] row = c.next(); row != null; row = c.next()) {
                ctx.tick();
                counts.computeIfAbsent(new RowKey(row), k -> new long[1])[0]++;
            }
        }
        return counts;
    }

    @Override
    public String describe() {
        return kind + (all ? " ALL" : "");
    }

    @Override
    public List<Operator> inputs() {
        return inputs;
    }
}
