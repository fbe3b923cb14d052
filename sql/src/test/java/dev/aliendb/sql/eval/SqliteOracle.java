package dev.aliendb.sql.eval;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test support: an in-memory SQLite database (xerial JDBC) answering the same SQL, values normalised. */
final class SqliteOracle implements AutoCloseable {
    private final Connection connection;

    SqliteOracle(String... setup) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = connection.createStatement()) {
            for (String sql : setup) {
                s.execute(sql);
            }
        }
    }

    Connection connection() {
        return connection;
    }

    List<Object[]> query(String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = SqlValues.normalize(rs.getObject(i + 1));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Same storage class and value (REALs compared exactly). */
    static boolean sameValue(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof byte[]) {
            return Arrays.equals((byte[]) a, (byte[]) b);
        }
        return a.equals(b);
    }

    static String show(Object v) {
        if (v instanceof byte[]) {
            return "X'" + TextFunctions.hex(v) + "'";
        }
        return v == null ? "NULL" : v.getClass().getSimpleName() + ":" + v;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
