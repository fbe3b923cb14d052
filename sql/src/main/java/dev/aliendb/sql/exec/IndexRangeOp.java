package dev.aliendb.sql.exec;

import dev.aliendb.engine.Affinity;
import dev.aliendb.engine.EngineException;
import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Secondary-index search: equality on the first {@code equalities.size()} indexed columns, then optionally
 * a range (lower and/or upper bound) on the next one. Bound values get the indexed column's affinity. An
 * equality or bound that evaluates to NULL matches nothing; a range without a lower bound starts after the
 * NULLs (NULL never satisfies a comparison). Decodes only the table columns it was given (null = all).
 */
public final class IndexRangeOp implements TableOperator {
    private final String table;
    private final String index;
    private final List<Expr> equalities;
    private final List<Affinity> affinities;
    private final Expr low;
    private final boolean lowInclusive;
    private final Expr high;
    private final boolean highInclusive;
    private final String text;
    private final int[] columns;

    /**
     * @param affinities affinity of each indexed column used (equalities, then the range column if any)
     * @param columns    the table columns to decode, or null for all
     */
    public IndexRangeOp(String table, String index, List<Expr> equalities, List<Affinity> affinities, Expr low,
                        boolean lowInclusive, Expr high, boolean highInclusive, String text, int[] columns) {
        this.table = table;
        this.index = index;
        this.equalities = List.copyOf(equalities);
        this.affinities = List.copyOf(affinities);
        this.low = low;
        this.lowInclusive = lowInclusive;
        this.high = high;
        this.highInclusive = highInclusive;
        this.text = text;
        this.columns = columns == null ? null : columns.clone();
    }

    @Override
    public TableRowCursor open(ExecContext ctx) throws SQLException {
        int n = equalities.size();
        Object[] prefix = new Object[n];
        for (int i = 0; i < n; i++) {
            prefix[i] = KeyValues.withAffinity(affinities.get(i), equalities.get(i).eval(null, ctx.eval()));
            if (prefix[i] == null) {
                return EmptyCursor.TABLE;
            }
        }
        Object[] lowKey = prefix;
        boolean lowInc = true;
        Object[] highKey = prefix;
        boolean highInc = true;
        boolean ranged = low != null || high != null;
        if (ranged) {
            Affinity affinity = affinities.get(n);
            lowKey = Arrays.copyOf(prefix, n + 1);
            lowInc = false;
            if (low != null) {
                lowKey[n] = KeyValues.withAffinity(affinity, low.eval(null, ctx.eval()));
                lowInc = lowInclusive;
                if (lowKey[n] == null) {
                    return EmptyCursor.TABLE;
                }
            }
            if (high != null) {
                highKey = Arrays.copyOf(prefix, n + 1);
                highKey[n] = KeyValues.withAffinity(affinity, high.eval(null, ctx.eval()));
                highInc = highInclusive;
                if (highKey[n] == null) {
                    return EmptyCursor.TABLE;
                }
            }
        }
        try {
            return EngineRowCursor.over(ctx.table(table).indexRange(index, n == 0 && !ranged ? null : lowKey, lowInc,
                    n == 0 && high == null ? null : highKey, highInc), ctx, table, columns);
        } catch (EngineException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public String describe() {
        return "SEARCH " + table + " USING INDEX " + index + " (" + text + ")";
    }

    @Override
    public List<Operator> inputs() {
        return List.of();
    }
}
