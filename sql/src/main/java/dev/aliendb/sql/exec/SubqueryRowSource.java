package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.EvalContext;
import dev.aliendb.sql.eval.RowSource;
import java.sql.SQLException;
import java.util.List;

/**
 * The rows of a subquery, for sql-eval's IN / EXISTS / scalar evaluation. An uncorrelated subquery runs at
 * most once per execution (its rows are cached in the execution context); a correlated one runs on every
 * call, reading the outer row through the correlation bindings.
 */
public final class SubqueryRowSource implements RowSource {
    private final Operator plan;
    private final boolean correlated;

    public SubqueryRowSource(Operator plan, boolean correlated) {
        this.plan = plan;
        this.correlated = correlated;
    }

    public Operator plan() {
        return plan;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(EvalContext eval) throws SQLException {
        ExecContext ctx = ExecContext.current();
        if (correlated) {
            return Rows.drain(plan, ctx);
        }
        Object cached = ctx.state(this);
        if (cached == null) {
            cached = Rows.drain(plan, ctx);
            ctx.setState(this, cached);
        }
        return (List<Object[]>) cached;
    }
}
