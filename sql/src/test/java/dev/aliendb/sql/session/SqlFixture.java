package dev.aliendb.sql.session;

import dev.aliendb.sql.ExecutionControl;
import dev.aliendb.sql.SqlResult;
import dev.aliendb.sql.SqlSession;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs SQL on a session and renders rows as "a|b|c" strings, for compact assertions. */
final class SqlFixture {
    final SqlSession session;

    SqlFixture(SqlSession session) {
        this.session = session;
    }

    List<String> rows(String sql, Object... params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (SqlResult r = session.prepare(sql).execute(params, new ExecutionControl(30))) {
            while (r.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < r.columns().size(); i++) {
                    sb.append(i == 0 ? "" : "|").append(r.get(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    long update(String sql, Object... params) throws SQLException {
        try (SqlResult r = session.prepare(sql).execute(params, new ExecutionControl(30))) {
            return r.updateCount();
        }
    }

    String explain(String sql) throws SQLException {
        return session.prepare(sql).explain();
    }

    List<String> labels(String sql) throws SQLException {
        return session.prepare(sql).columns().stream().map(c -> c.label()).toList();
    }

    SQLException error(String sql, Object... params) {
        try {
            session.prepare(sql).execute(params, new ExecutionControl(5)).close();
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("expected an error from " + sql);
    }
}
