package dev.aliendb.examples;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A tour of AlienDB through plain JDBC: create a table, batch-insert rows in one transaction, query with a
 * prepared statement, and see a rolled-back transaction leave no trace.
 * <p>
 * Run: {@code java -cp jdbc-driver/target/aliendb-jdbc-<version>-all.jar:examples/target/classes
 * dev.aliendb.examples.QuickStart [file.db]} (default {@code quickstart.db}), or
 * {@code mvn -q -pl examples -am compile exec:java}.
 */
public final class QuickStart {
    private QuickStart() {
    }

    public static void main(String[] args) throws SQLException {
        String file = args.length > 0 ? args[0] : "quickstart.db";
        run("jdbc:alien:" + file, System.out);
    }

    static void run(String url, PrintStream out) throws SQLException {
        try (Connection conn = DriverManager.getConnection(url)) {
            try (Statement s = conn.createStatement()) {
                s.execute("DROP TABLE IF EXISTS planets");
                s.execute("CREATE TABLE planets(id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE,"
                        + " moons INTEGER NOT NULL, au DOUBLE)");
            }

            // Batch insert: one transaction, one prepared statement, many parameter sets.
            Object[][] planets = {{"Mercury", 0, 0.39}, {"Venus", 0, 0.72}, {"Earth", 1, 1.0}, {"Mars", 2, 1.52},
                {"Jupiter", 95, 5.2}, {"Saturn", 146, 9.54}, {"Uranus", 28, 19.2}, {"Neptune", 16, 30.06}};
            conn.setAutoCommit(false);
            try (PreparedStatement insert = conn.prepareStatement(
                    "INSERT INTO planets(name, moons, au) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                for (Object[] p : planets) {
                    insert.setString(1, (String) p[0]);
                    insert.setInt(2, (Integer) p[1]);
                    insert.setDouble(3, (Double) p[2]);
                    insert.addBatch();
                }
                int inserted = insert.executeBatch().length;
                conn.commit();
                out.println("inserted " + inserted + " planets");
            }

            // A prepared query, re-executed with different parameters.
            try (PreparedStatement query = conn.prepareStatement(
                    "SELECT name, moons FROM planets WHERE moons >= ? ORDER BY moons DESC")) {
                for (int minimum : new int[] {100, 20}) {
                    query.setInt(1, minimum);
                    try (ResultSet rs = query.executeQuery()) {
                        StringBuilder line = new StringBuilder("planets with at least " + minimum + " moons:");
                        while (rs.next()) {
                            line.append(' ').append(rs.getString("name")).append('(').append(rs.getInt("moons"))
                                    .append(')');
                        }
                        out.println(line);
                    }
                }
            }

            // A transaction that is rolled back leaves nothing behind.
            try (Statement s = conn.createStatement()) {
                s.executeUpdate("DELETE FROM planets WHERE name = 'Earth'");
                s.executeUpdate("UPDATE planets SET moons = 0");
                conn.rollback();
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(moons) FROM planets")) {
                    rs.next();
                    out.println("after rollback: " + rs.getInt(1) + " planets, " + rs.getInt(2) + " moons");
                }
            }
            conn.setAutoCommit(true);

            // Errors carry an SQLSTATE.
            try (Statement s = conn.createStatement()) {
                s.executeUpdate("INSERT INTO planets(name, moons) VALUES ('Earth', 1)");
            } catch (SQLException e) {
                out.println("duplicate rejected: SQLSTATE " + e.getSQLState());
            }
        }
    }
}
