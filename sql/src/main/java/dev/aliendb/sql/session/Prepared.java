package dev.aliendb.sql.session;

import dev.aliendb.sql.ColumnInfo;
import dev.aliendb.sql.ExecutionControl;
import dev.aliendb.sql.PreparedSql;
import dev.aliendb.sql.SqlResult;
import java.sql.SQLException;
import java.util.List;

/**
 * A prepared statement bound to its session. Holds the plan it was prepared with and re-plans (through the
 * cache) when the statement finds the catalog version moved on, as SQLite does on SQLITE_SCHEMA.
 */
final class Prepared implements PreparedSql {
    /** Re-plans allowed per execution when other connections keep changing the schema meanwhile. */
    private static final int MAX_REPLANS = 8;

    private final AlienSession session;
    private final String sql;
    private Bound plan;

    Prepared(AlienSession session, String sql, Bound plan) {
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
        return plan.userParameters();
    }

    @Override
    public int parameterType(int index) {
        return plan.plan().parameterTypes()[index];
    }

    @Override
    public String parameterName(int index) {
        return plan.plan().parameterNames().get(index);
    }

    @Override
    public boolean isQuery() {
        return plan.plan().query();
    }

    @Override
    public List<ColumnInfo> columns() {
        return plan.plan().columns();
    }

    @Override
    public SqlResult execute(Object[] parameters, ExecutionControl control) throws SQLException {
        for (int attempt = 0; attempt < MAX_REPLANS; attempt++) {
            SqlResult result = session.execute(plan, parameters, control);
            if (result != null) {
                return result;
            }
            plan = session.plan(sql);
        }
        throw new SQLException("database schema has changed", "40001");
    }

    @Override
    public String explain() {
        return plan.plan().executable().explain();
    }
}
