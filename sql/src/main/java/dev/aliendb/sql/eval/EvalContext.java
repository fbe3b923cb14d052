package dev.aliendb.sql.eval;

import dev.aliendb.sql.ExecutionControl;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-execution state for expression evaluation: parameter values (0-based), cancellation/timeout control,
 * the current outer rows of correlated subqueries, and memoised results of uncorrelated subqueries.
 * Not thread-safe; one execution uses one context.
 */
public final class EvalContext {
    private final Object[] parameters;
    private final ExecutionControl control;
    private final Map<Integer, Object[]> correlations = new HashMap<>();
    private final Map<Object, Object> memo = new HashMap<>();

    /** @param parameters the values of ?1..?n, normalized here once (see {@link Conversions#normalize}) */
    public EvalContext(Object[] parameters, ExecutionControl control) {
        this.parameters = new Object[parameters == null ? 0 : parameters.length];
        for (int i = 0; i < this.parameters.length; i++) {
            this.parameters[i] = Conversions.normalize(parameters[i]);
        }
        this.control = control == null ? new ExecutionControl(0) : control;
    }

    public Object[] parameters() {
        return parameters;
    }

    public ExecutionControl control() {
        return control;
    }

    public void bindCorrelation(int correlationId, Object[] row) {
        correlations.put(correlationId, row);
    }

    /** The bound outer row of correlation {@code correlationId}. */
    public Object[] correlation(int correlationId) throws SQLException {
        Object[] row = correlations.get(correlationId);
        if (row == null) {
            throw new SQLException("correlation $cor" + correlationId + " is not bound", "XX000");
        }
        return row;
    }

    /** Normalized value of parameter {@code index} (0-based). */
    Object parameter(int index) throws SQLException {
        if (index < 0 || index >= parameters.length) {
            throw new SQLException("parameter " + (index + 1) + " is not bound", "07001");
        }
        return parameters[index];
    }

    /** Cached result of an uncorrelated subquery, keyed by its compiled expression. */
    Object memo(Object key) {
        return memo.get(key);
    }

    void memoize(Object key, Object value) {
        memo.put(key, value);
    }
}
