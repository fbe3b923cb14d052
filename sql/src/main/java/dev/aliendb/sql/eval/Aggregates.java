package dev.aliendb.sql.eval;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Accumulators for SQLite's aggregates: COUNT(*), COUNT(x) (non-NULL x), SUM (INTEGER while exact, error
 * "integer overflow" when an all-integer sum overflows, REAL once a REAL is seen, NULL for no rows),
 * TOTAL (always REAL, 0.0 for no rows), AVG (always REAL), MIN/MAX (SQLite ordering, NULLs ignored),
 * GROUP_CONCAT(x[, sep]) / STRING_AGG (default separator ","), plus DISTINCT and FILTER (WHERE ...).
 * Calcite's internal SINGLE_VALUE/ANY_VALUE give the first value and $SUM0 is SUM with 0 for no rows;
 * BARE_AT_MAX/BARE_AT_MIN give a bare column's value at the row of the extreme.
 */
public final class Aggregates {
    private Aggregates() {
    }

    /** Creates accumulators for one aggregate call over rows of {@code inputRowType}. */
    public static Supplier<Accumulator> factory(AggregateCall call, RelDataType inputRowType) throws SQLException {
        List<Integer> args = call.getArgList();
        for (int a : args) {
            if (a < 0 || a >= inputRowType.getFieldCount()) {
                throw new SQLException("aggregate argument $" + a + " out of range", "XX000");
            }
        }
        String name = call.getAggregation().getName().toUpperCase(Locale.ROOT);
        int arg = args.isEmpty() ? -1 : args.get(0);
        Supplier<Accumulator> base = base(name, call, arg, args);
        if (call.isDistinct() && !args.isEmpty()) {
            base = distinct(base, args);
        }
        if (call.filterArg >= 0) {
            base = filtered(base, call.filterArg);
        }
        return base;
    }

    private static Supplier<Accumulator> base(String name, AggregateCall call, int arg, List<Integer> args)
            throws SQLException {
        switch (name) {
            case "COUNT":
                if (args.isEmpty()) {
                    return CountRows::new;
                }
                return () -> new CountValues(args);
            case "SUM":
                return () -> new Sum(arg, false);
            case "$SUM0":
                return () -> new Sum(arg, true);
            case "TOTAL":
                return () -> new Total(arg, false);
            case "AVG":
                return () -> new Total(arg, true);
            case "MIN":
                return () -> new Extreme(arg, -1);
            case "MAX":
                return () -> new Extreme(arg, 1);
            case "GROUP_CONCAT":
            case "STRING_AGG":
            case "LISTAGG":
                return () -> new GroupConcat(arg, args.size() > 1 ? args.get(1) : -1);
            case "SINGLE_VALUE":
            case "ANY_VALUE":
                return () -> new First(arg);
            case "BARE_AT_MAX":
                return () -> new AtExtreme(arg, args.get(1), 1);
            case "BARE_AT_MIN":
                return () -> new AtExtreme(arg, args.get(1), -1);
            default:
                throw new SQLException("unsupported aggregate function " + call.getAggregation().getName(), "0A000");
        }
    }

    private static Supplier<Accumulator> distinct(Supplier<Accumulator> base, List<Integer> args) {
        return () -> new Accumulator() {
            private final Accumulator inner = base.get();
            private final Set<SqlValues.Key> seen = new HashSet<>();

            @Override
            public void add(Object[] inputRow, EvalContext ctx) throws SQLException {
                Object[] key = new Object[args.size()];
                for (int i = 0; i < key.length; i++) {
                    key[i] = inputRow[args.get(i)];
                }
                if (seen.add(SqlValues.key(key))) {
                    inner.add(inputRow, ctx);
                }
            }

            @Override
            public Object result() throws SQLException {
                return inner.result();
            }
        };
    }

    private static Supplier<Accumulator> filtered(Supplier<Accumulator> base, int filterArg) {
        return () -> new Accumulator() {
            private final Accumulator inner = base.get();

            @Override
            public void add(Object[] inputRow, EvalContext ctx) throws SQLException {
                if (SqlValues.isTrue(inputRow[filterArg])) {
                    inner.add(inputRow, ctx);
                }
            }

            @Override
            public Object result() throws SQLException {
                return inner.result();
            }
        };
    }

    /** COUNT(*). */
    private static final class CountRows implements Accumulator {
        private long count;

        @Override
        public void add(Object[] inputRow, EvalContext ctx) {
            count++;
        }

        @Override
        public Object result() {
            return count;
        }
    }

    /** COUNT(x): rows where no argument is NULL. */
    private static final class CountValues implements Accumulator {
        private final List<Integer> args;
        private long count;

        CountValues(List<Integer> args) {
            this.args = args;
        }

        @Override
        public void add(Object[] inputRow, EvalContext ctx) {
            for (int a : args) {
                if (inputRow[a] == null) {
                    return;
                }
            }
            count++;
        }

        @Override
        public Object result() {
            return count;
        }
    }

    /** SUM(x) and $SUM0(x). */
    private static final class Sum implements Accumulator {
        private final int arg;
        private final boolean zeroWhenEmpty;
        private final SumState state = new SumState();

        Sum(int arg, boolean zeroWhenEmpty) {
            this.arg = arg;
            this.zeroWhenEmpty = zeroWhenEmpty;
        }

        @Override
        public void add(Object[] inputRow, EvalContext ctx) {
            state.add(inputRow[arg]);
        }

        @Override
        public Object result() throws SQLException {
            if (state.count == 0) {
                return zeroWhenEmpty ? (Object) 0L : null;
            }
            if (state.approximate) {
                if (state.overflow) {
                    throw new SQLException("integer overflow", "22003");
                }
                return state.real();
            }
            return state.integerSum;
        }
    }

    /** TOTAL(x) (0.0 for no rows) and AVG(x) (NULL for no rows); both REAL. */
    private static final class Total implements Accumulator {
        private final int arg;
        private final boolean average;
        private final SumState state = new SumState();

        Total(int arg, boolean average) {
            this.arg = arg;
            this.average = average;
        }

        @Override
        public void add(Object[] inputRow, EvalContext ctx) {
            state.add(inputRow[arg]);
        }

        @Override
        public Object result() {
            if (!average) {
                return state.real();
            }
            return state.count == 0 ? null : (Object) (state.real() / state.count);
        }
    }

    /** MIN (sign -1) / MAX (sign +1). */
    private static final class Extreme implements Accumulator {
        private final int arg;
        private final int sign;
        private Object best;

        Extreme(int arg, int sign) {
            this.arg = arg;
            this.sign = sign;
        }

        @Override
        public void add(Object[] inputRow, EvalContext ctx) {
            Object v = inputRow[arg];
            if (v != null && (best == null || SqlValues.compare(v, best) * sign > 0)) {
                best = v;
            }
        }

        @Override
        public Object result() {
            return best;
        }
    }

    /**
     * BARE_AT_MAX/MIN(x, y): x of the first row holding the extreme non-NULL y (compared as MAX/MIN do); x of
     * the last row when no y is non-NULL (SQLite's bare columns beside a lone min() or max()).
     */
    private static final class AtExtreme implements Accumulator {
        private final int arg;
        private final Extreme extreme;
        private Object best;
        private Object value;

        AtExtreme(int arg, int extremeArg, int sign) {
            this.arg = arg;
            this.extreme = new Extreme(extremeArg, sign);
        }

        @Override
        public void add(Object[] inputRow, EvalContext ctx) {
            extreme.add(inputRow, ctx);
            Object now = extreme.result();
            if (now != best || now == null) {
                best = now;
                value = inputRow[arg];
            }
        }

        @Override
        public Object result() {
            return value;
        }
    }

    /** GROUP_CONCAT(x[, sep]): non-NULL values as text, joined by the separator of the later row. */
    private static final class GroupConcat implements Accumulator {
        private final int arg;
        private final int separatorArg;
        private StringBuilder text;

        GroupConcat(int arg, int separatorArg) {
            this.arg = arg;
            this.separatorArg = separatorArg;
        }

        @Override
        public void add(Object[] inputRow, EvalContext ctx) throws SQLException {
            Object v = inputRow[arg];
            if (v == null) {
                return;
            }
            if (text == null) {
                text = new StringBuilder();
            } else if (separatorArg < 0) {
                text.append(',');
            } else if (inputRow[separatorArg] != null) {
                text.append(Conversions.toText(inputRow[separatorArg]));
            }
            text.append(Conversions.toText(v));
            if (text.length() > NumberFunctions.MAX_LENGTH) {
                throw new SQLException("string or blob too big", "54000");
            }
        }

        @Override
        public Object result() {
            return text == null ? null : text.toString();
        }
    }

    /** SINGLE_VALUE / ANY_VALUE: the first value. */
    private static final class First implements Accumulator {
        private final int arg;
        private boolean seen;
        private Object value;

        First(int arg) {
            this.arg = arg;
        }

        @Override
        public void add(Object[] inputRow, EvalContext ctx) {
            if (!seen) {
                seen = true;
                value = inputRow[arg];
            }
        }

        @Override
        public Object result() {
            return value;
        }
    }
}
