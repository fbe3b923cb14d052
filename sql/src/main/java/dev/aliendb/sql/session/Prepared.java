package dev.aliendb.sql.session;

import dev.aliendb.sql.ColumnInfo;
import dev.aliendb.sql.ExecutionControl;
import dev.aliendb.sql.PreparedSql;
import dev.aliendb.sql.SqlResult;
import dev.aliendb.sql.plan.PlannedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A prepared statement bound to its session. Holds the plan it was prepared with and re-plans (through the
 * cache) when the catalog version moved on, as SQLite does on SQLITE_SCHEMA.
 */
final class Prepared implements PreparedSql {
    private final AlienSession session;
    private final String sql;
    private PlannedStatement plan;

    Prepared(AlienSession session, String sql, PlannedStatement plan) {
        this.session = session;
        this.sql = sql;
        this.plan = plan;
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public int parameterCount() {
        return plan.parameterCount();
    }

    @Override
    public int parameterType(int index) {
        return plan.parameterTypes()[index];
    }

    @Override
    public String parameterName(int index) {
        return plan.parameterNames().get(index);
    }

    @Override
    public boolean isQuery() {
        return plan.query();
    }

    @Override
    public List<ColumnInfo> columns() {
        return plan.columns();
    }

    @Override
    public SqlResult execute(Object[] parameters, ExecutionControl control) throws SQLException {
        if (plan.catalogVersion() != session.catalogVersion()) {
            plan = session.plan(sql);
        }
        return session.execute(plan, parameters, control);
    }

    @Override
    public String explain() {
        return plan.executable().explain();
    }
}
