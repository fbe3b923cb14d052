package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.Accumulator;
import dev.aliendb.sql.eval.SqlValues;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Hash GROUP BY (and DISTINCT, which is a GROUP BY without aggregates). Output rows are the group key values
 * followed by the aggregate results, in ascending group-key order as SQLite produces them. Without GROUP BY
 * there is exactly one output row, even for empty input.
 */
public final class AggregateOp implements Operator {
    private final Operator input;
    private final int[] groupKeys;
    private final List<Supplier<Accumulator>> aggregates;
    private final String text;

    public AggregateOp(Operator input, int[] groupKeys, List<Supplier<Accumulator>> aggregates, String text) {
        this.input = input;
        this.groupKeys = groupKeys.clone();
        this.aggregates = List.copyOf(aggregates);
        this.text = text;
    }

    @Override
    public Cursor open(ExecContext ctx) throws SQLException {
        Map<RowKey, Accumulator[]> groups = new HashMap<>();
        // Without GROUP BY there is exactly one group, even over no rows: no per-row key or map lookup.
        Accumulator[] single = groupKeys.length == 0 ? newAccumulators() : null;
        try (Cursor c = input.open(ctx)) {
            for (Object[] row = c.next(); row != null; row = c.next()) {
                ctx.tick();
                Accumulator[] accs = single;
                if (accs == null) {
                    RowKey key = RowKey.of(row, groupKeys);
                    accs = groups.get(key);
                    if (accs == null) {
                        accs = newAccumulators();
                        groups.put(key, accs);
                    }
                }
                for (Accumulator acc : accs) {
                    acc.add(row, ctx.eval());
                }
            }
        }
        if (single != null) {
            groups.put(new RowKey(new Object[0]), single);
        }
        List<Object[]> out = new ArrayList<>(groups.size());
        for (Map.Entry<RowKey, Accumulator[]> e : groups.entrySet()) {
            Object[] key = e.getKey().values();
            Object[] row = new Object[key.length + aggregates.size()];
            System.arraycopy(key, 0, row, 0, key.length);
            Accumulator[] accs = e.getValue();
            for (int i = 0; i < accs.length; i++) {
                row[key.length + i] = accs[i].result();
            }
            out.add(row);
        }
        if (groupKeys.length > 0) {
            out.sort((a, b) -> {
                for (int i = 0; i < groupKeys.length; i++) {
                    int c = SqlValues.compare(a[i], b[i]);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });
        }
        return Rows.cursor(out);
    }

    private Accumulator[] newAccumulators() {
        Accumulator[] accs = new Accumulator[aggregates.size()];
        for (int i = 0; i < accs.length; i++) {
            accs[i] = aggregates.get(i).get();
        }
        return accs;
    }

    @Override
    public String describe() {
        return (aggregates.isEmpty() ? "DISTINCT " : "AGGREGATE ") + text;
    }

    @Override
    public List<Operator> inputs() {
        return List.of(input);
    }
}
