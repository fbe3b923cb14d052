package dev.aliendb.sql.session;

import dev.aliendb.engine.Catalog;
import dev.aliendb.engine.Database;
import dev.aliendb.engine.Databases;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.Isolation;
import dev.aliendb.engine.Session;
import dev.aliendb.sql.ExecutionControl;
import dev.aliendb.sql.PreparedSql;
import dev.aliendb.sql.SqlResult;
import dev.aliendb.sql.SqlSession;
import dev.aliendb.sql.eval.SqlValues;
import dev.aliendb.sql.exec.ExecContext;
import dev.aliendb.sql.exec.Executable;
import dev.aliendb.sql.exec.Outcome;
import dev.aliendb.sql.plan.PlannedStatement;
import dev.aliendb.sql.plan.SqlErrors;
import dev.aliendb.storage.StoreStats;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The SQL session over one engine {@link Session}. Preparing looks the plan up in the database's shared
 * plan cache (key: SQL text + catalog version) and only on a miss runs the parser and planner; executing
 * runs the plan inside the engine's statement protocol. Every failure leaves here as an SQLException: the
 * planner and executor never let a RuntimeException or StackOverflowError through, and the session stays
 * usable afterwards.
 */
public final class AlienSession implements SqlSession {
    private final Session session;
    private final SharedState shared;
    private final Statements statements;
    private boolean closed;

    private AlienSession(Session session) {
        this.session = session;
        this.shared = SharedState.of(session.database());
        this.statements = new Statements(shared);
    }

    public static SqlSession open(String path, Map<String, String> options) throws SQLException {
        try {
            Database db = Databases.open(path, options == null ? Map.of() : options);
            return new AlienSession(db.openSession());
        } catch (EngineException e) {
            throw SqlErrors.map(e);
        } catch (RuntimeException e) {
            throw SqlErrors.map(e);
        }
    }

    /** A SQL session over an already open engine session (which it closes when closed). */
    public static SqlSession over(Session session) {
        return new AlienSession(session);
    }

    @Override
    public PreparedSql prepare(String sql) throws SQLException {
        checkOpen();
        if (sql == null) {
            throw new SQLException("SQL text is null", "42000");
        }
        return new Prepared(this, sql, plan(sql));
    }

    PlannedStatement plan(String sql) throws SQLException {
        try {
            return statements.plan(session.catalog(), sql);
        } catch (EngineException e) {
            throw SqlErrors.map(e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw SqlErrors.map(e);
        }
    }

    long catalogVersion() throws SQLException {
        try {
            return session.catalog().version();
        } catch (EngineException e) {
            throw SqlErrors.map(e);
        }
    }

    /** Runs a plan with bound parameters inside the engine's statement protocol. */
    SqlResult execute(PlannedStatement plan, Object[] parameters, ExecutionControl control) throws SQLException {
        checkOpen();
        Object[] params = new Object[parameters == null ? 0 : parameters.length];
        for (int i = 0; i < params.length; i++) {
            params[i] = SqlValues.fromJdbc(parameters[i]);
        }
        if (params.length != plan.parameterCount()) {
            throw new SQLException("wrong number of parameters: expected " + plan.parameterCount() + ", got "
                    + params.length, "07001");
        }
        Executable exec = plan.executable();
        ExecContext ctx = new ExecContext(session, params, control == null ? new ExecutionControl(0) : control);
        Outcome outcome;
        boolean statement = exec.transactional();
        try (ExecContext.Scope scope = ctx.enter()) {
            if (statement) {
                session.beginStatement(exec.writes());
            }
            try {
                outcome = exec.run(ctx);
            } catch (Throwable t) {
                if (statement) {
                    endQuietly();
                }
                throw t;
            }
            if (statement) {
                session.endStatement(true);
            }
        } catch (EngineException e) {
            throw SqlErrors.map(e);
        } catch (SQLException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw SqlErrors.map(e);
        }
        return new SessionResult(plan.query(), plan.columns(), outcome.rows(), outcome.updateCount(),
                outcome.generatedKeys());
    }

    private void endQuietly() {
        try {
            session.endStatement(false);
        } catch (EngineException | RuntimeException ignored) {
            // the original failure is the one to report
        }
    }

    @Override
    public List<String> splitStatements(String script) throws SQLException {
        return statements.split(script);
    }

    @Override
    public boolean autoCommit() {
        return session.autoCommit();
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        engineCall(() -> session.setAutoCommit(autoCommit));
    }

    @Override
    public void commit() throws SQLException {
        engineCall(session::commit);
    }

    @Override
    public void rollback() throws SQLException {
        engineCall(session::rollback);
    }

    @Override
    public boolean inTransaction() {
        return session.inTransaction();
    }

    @Override
    public void setSavepoint(String name) throws SQLException {
        engineCall(() -> session.savepoint(name));
    }

    @Override
    public void releaseSavepoint(String name) throws SQLException {
        engineCall(() -> session.releaseSavepoint(name));
    }

    @Override
    public void rollbackToSavepoint(String name) throws SQLException {
        engineCall(() -> session.rollbackToSavepoint(name));
    }

    @Override
    public void setIsolation(int level) throws SQLException {
        checkOpen();
        session.setIsolation(switch (level) {
            case Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_READ_COMMITTED -> Isolation.READ_COMMITTED;
            case Connection.TRANSACTION_REPEATABLE_READ -> Isolation.REPEATABLE_READ;
            case Connection.TRANSACTION_SERIALIZABLE -> Isolation.SERIALIZABLE;
            default -> throw new SQLException("unsupported transaction isolation level " + level, "HY024");
        });
    }

    @Override
    public int isolation() {
        return switch (session.isolation()) {
            case READ_COMMITTED -> Connection.TRANSACTION_READ_COMMITTED;
            case REPEATABLE_READ -> Connection.TRANSACTION_REPEATABLE_READ;
            case SERIALIZABLE -> Connection.TRANSACTION_SERIALIZABLE;
        };
    }

    @Override
    public StoreStats storeStats() throws SQLException {
        checkOpen();
        return session.database().store().stats();
    }

    @Override
    public Catalog catalog() throws SQLException {
        checkOpen();
        try {
            return session.catalog();
        } catch (EngineException e) {
            throw SqlErrors.map(e);
        }
    }

    @Override
    public void close() throws SQLException {
        if (!closed) {
            closed = true;
            engineCall(session::close);
        }
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("session is closed", "08003");
        }
    }

    private interface EngineCall {
        void run() throws EngineException;
    }

    private void engineCall(EngineCall call) throws SQLException {
        try {
            call.run();
        } catch (EngineException e) {
            throw SqlErrors.map(e);
        } catch (RuntimeException e) {
            throw SqlErrors.map(e);
        }
    }
}
