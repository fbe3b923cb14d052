package dev.aliendb.jdbc.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema of the {@link BankWorkload} database and the checks run on it after a crash. {@link #check}
 * lists every violation it finds (empty = the file is intact): lost acknowledged commits, gaps in the
 * ledger, a broken balance invariant (atomicity) and a failed {@code PRAGMA integrity_check}.
 */
final class BankInvariants {
    private BankInvariants() {
    }

    /** What a check found: the highest sequence number stored, and the violations. */
    record Outcome(long lastStored, long lostCommits, List<String> violations) {
        boolean atomicityViolated() {
            return violations.stream().anyMatch(v -> v.startsWith("atomicity"));
        }

        boolean corrupt() {
            return violations.stream().anyMatch(v -> v.startsWith("integrity"));
        }
    }

    /** Creates the ledger, the two accounts and their opening balances in one committed transaction. */
    static void create(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("CREATE TABLE ledger(seq INTEGER PRIMARY KEY, amount INTEGER NOT NULL, pad TEXT)");
            s.executeUpdate("CREATE TABLE account(id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)");
            s.executeUpdate("INSERT INTO account VALUES (1, " + BankWorkload.TOTAL + "), (2, 0)");
            c.commit();
        }
    }

    /** Opens the database at {@code url} and checks it against the highest acknowledged sequence number. */
    static Outcome check(String url, long lastAcked) throws SQLException {
        List<String> violations = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            String integrity = integrity(s);
            if (!integrity.equals("ok")) {
                violations.add("integrity_check: " + integrity);
            }
            long count = single(s, "SELECT COUNT(*) FROM ledger");
            long max = single(s, "SELECT COALESCE(MAX(seq), 0) FROM ledger");
            long min = single(s, "SELECT COALESCE(MIN(seq), 1) FROM ledger");
            long moved = single(s, "SELECT COALESCE(SUM(amount), 0) FROM ledger");
            long a = single(s, "SELECT balance FROM account WHERE id = 1");
            long b = single(s, "SELECT balance FROM account WHERE id = 2");
            long lost = Math.max(0, lastAcked - max);
            if (lost > 0) {
                violations.add("lost: acknowledged up to " + lastAcked + " but the ledger ends at " + max);
            }
            if (count != max || min != 1) {
                violations.add("gap: ledger holds " + count + " rows numbered " + min + ".." + max);
            }
            if (a + b != BankWorkload.TOTAL || a != BankWorkload.TOTAL - moved) {
                violations.add("atomicity: balances " + a + " + " + b + ", ledger moved " + moved);
            }
            return new Outcome(max, lost, violations);
        }
    }

    private static String integrity(Statement s) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                text.append(text.length() == 0 ? "" : "; ").append(rs.getString(1));
            }
        }
        return text.toString();
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new SQLException("no row from " + sql);
            }
            return rs.getLong(1);
        }
    }
}
