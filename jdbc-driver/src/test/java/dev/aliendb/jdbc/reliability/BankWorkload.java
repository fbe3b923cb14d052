package dev.aliendb.jdbc.reliability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/**
 * The work a child JVM does until it is killed: an endless run of bank transactions on one database file.
 * Transaction {@code n} inserts journal row {@code n} (with the amount moved and a padding text so pages
 * split and overflow) and moves that amount from account 1 to account 2, all in one explicit transaction.
 * Only after {@code commit()} returned does it print {@code ACK n} and flush stdout.
 *
 * <p>Invariants that must hold in the file after any crash (checked by {@link BankInvariants}):
 * the journal holds exactly the sequence numbers 1..max with no gap, every acknowledged number is among
 * them, the two balances sum to {@link #TOTAL}, and account 1 = TOTAL - sum(amount) over the journal.
 *
 * <p>Usage: {@code BankWorkload <db-path> <journal_mode> <seed>}; the schema must exist
 * ({@link BankInvariants#create}).
 */
public final class BankWorkload {
    /** The constant sum of the two account balances. */
    public static final long TOTAL = 1_000_000;

    private BankWorkload() {
    }

    public static void main(String[] args) throws SQLException {
        String url = url(args[0], args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection(url)) {
            long seq = lastSequence(c);
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO ledger(seq, amount, pad) VALUES (?, ?, ?)");
                    PreparedStatement move = c.prepareStatement("UPDATE account SET balance = balance + ? WHERE id = ?")) {
                while (true) {
                    seq++;
                    long amount = 1 + random.nextInt(100);
                    insert.setLong(1, seq);
                    insert.setLong(2, amount);
                    insert.setString(3, "x".repeat(random.nextInt(random.nextInt(50) == 0 ? 6000 : 300)));
                    insert.executeUpdate();
                    move.setLong(1, -amount);
                    move.setLong(2, 1);
                    move.executeUpdate();
                    move.setLong(1, amount);
                    move.setLong(2, 2);
                    move.executeUpdate();
                    c.commit();
                    out.println("ACK " + seq);
                    out.flush();
                }
            }
        }
    }

    /** The connection URL for {@code path} in {@code journalMode}, with the default synchronous=FULL. */
    public static String url(String path, String journalMode) {
        return "jdbc:alien:" + path + "?journal_mode=" + journalMode + "&synchronous=FULL";
    }

    private static long lastSequence(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM ledger")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
