package dev.aliendb.sql.exec;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableAccess;
import dev.aliendb.sql.ExecutionControl;
import dev.aliendb.sql.eval.EvalContext;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Everything one execution of a plan needs: the engine session (inside its statement), the evaluation
 * context (parameters, correlation bindings), the cancellation control, and per-execution scratch state
 * keyed by the operator that owns it (cached uncorrelated subquery results, recursive CTE work tables).
 * <p>
 * While an execution runs on a thread, {@link #current()} returns its context: subquery row sources that
 * sql-eval calls with only an {@link EvalContext} find the session through it.
 */
public final class ExecContext {
    private static final ThreadLocal<ExecContext> CURRENT = new ThreadLocal<>();

    private final Session session;
    private final EvalContext eval;
    private final ExecutionControl control;
    private final Map<String, TableAccess> tables = new HashMap<>();
    private final Map<Object, Object> state = new IdentityHashMap<>();
    private int ticks;

    public ExecContext(Session session, Object[] parameters, ExecutionControl control) {
        this.session = session;
        this.control = control;
        this.eval = new EvalContext(parameters, control);
    }

    public static ExecContext current() throws SQLException {
        ExecContext ctx = CURRENT.get();
        if (ctx == null) {
            throw new SQLException("internal error: no execution in progress", "XX000");
        }
        return ctx;
    }

    /** Makes this the thread's current execution until the returned scope is closed. */
    public Scope enter() {
        ExecContext previous = CURRENT.get();
        CURRENT.set(this);
        return () -> CURRENT.set(previous);
    }

    public Session session() {
        return session;
    }

    public EvalContext eval() {
        return eval;
    }

    public ExecutionControl control() {
        return control;
    }

    /** Call once per produced/consumed row; checks cancellation every 256 calls. */
    public void tick() throws SQLException {
        if ((++ticks & 255) == 0) {
            control.check();
        }
    }

    public TableAccess table(String name) throws SQLException {
        TableAccess access = tables.get(name);
        if (access == null) {
            try {
                access = session.table(name);
            } catch (EngineException e) {
                throw Errors.of(e);
            }
            tables.put(name, access);
        }
        return access;
    }

    public Object state(Object owner) {
        return state.get(owner);
    }

    public void setState(Object owner, Object value) {
        state.put(owner, value);
    }

    /** Restores the previous current execution. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
