package dev.aliendb.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the rows of one query on AlienDB (a {@link SqlSession}) and on SQLite (a JDBC statement) the same
 * way, "a|b" per row with integers as Long, so tests can compare the two engines' answers as strings.
 */
public final class SqliteComparison {
    private SqliteComparison() {
    }

    public static List<String> alienRows(SqlSession session, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (SqlResult r = session.prepare(sql).execute(new Object[0], new ExecutionControl(30))) {
            while (r.next()) {
                Object[] row = new Object[r.columns().size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.get(i);
                }
                rows.add(render(row));
            }
        }
        return rows;
    }

    public static List<String> sqliteRows(Statement sqlite, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = sqlite.executeQuery(sql)) {
            Object[] row = new Object[rs.getMetaData().getColumnCount()];
            while (rs.next()) {
                for (int i = 0; i < row.length; i++) {
                    Object v = rs.getObject(i + 1);
                    row[i] = v instanceof Integer x ? Long.valueOf(x) : v;
                }
                rows.add(render(row));
            }
        }
        return rows;
    }

    private static String render(Object[] row) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            s.append(i == 0 ? "" : "|").append(row[i]);
        }
        return s.toString();
    }
}
