package dev.aliendb.jdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files never give silently wrong rows. A database with known content (a table of 3,000 rows, some
 * with values long enough to overflow a page, and an index) is closed, copied and damaged by a seeded
 * {@link FileDamage} per trial, then opened; a full scan, an indexed query and {@code PRAGMA integrity_check}
 * run on it. Each trial must end as one of: a refusal or an XX001 "database disk image is malformed" error,
 * or exactly the right rows. Counted separately and required to be zero: silently wrong rows, errors with
 * another SQLSTATE, non-SQLExceptions, hangs. Runs once per journal mode (the header names it; WAL is the
 * default for new files). Trials per mode: {@code -Daliendb.damage.trials} (default 50); seed:
 * {@code -Daliendb.damage.seed} (default 20261123, printed).
 */
class DamagedFileTest {
    private static final int TRIALS = Integer.getInteger("aliendb.damage.trials", 50);
    private static final long SEED = Long.getLong("aliendb.damage.seed", 20261123);
    private static final int PAGE_SIZE = 4096;
    private static final int ROWS = 3000;
    private static final String SCAN = "SELECT id, k, name FROM item ORDER BY id";
    private static final String INDEXED = "SELECT id, k, name FROM item WHERE k BETWEEN 2000 AND 2600 ORDER BY id";
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** How a trial ended. */
    enum Verdict { CORRECT, REFUSED_AT_OPEN, DETECTED, SILENTLY_WRONG, WRONG_SQLSTATE, LEAKED, HUNG }

    private static boolean acceptable(Verdict v) {
        return v == Verdict.CORRECT || v == Verdict.REFUSED_AT_OPEN || v == Verdict.DETECTED;
    }

    @ParameterizedTest
    @ValueSource(strings = {"delete", "wal"})
    void damagedFilesAreRefusedOrReadCorrectly(String journalMode) throws Exception {
        Path pristine = dir.resolve("pristine-" + journalMode + ".db");
        List<String> expected = build(pristine, journalMode);
        Random random = new Random(SEED);
        Map<Verdict, Integer> counts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            Path copy = dir.resolve("trial-" + journalMode + "-" + trial + ".db");
            Files.copy(pristine, copy);
            FileDamage kind = FileDamage.values()[trial % FileDamage.values().length];
            String damage = kind.apply(copy, PAGE_SIZE, random);
            Bounded.Ending<Verdict> ending = Bounded.run(LIMIT, () -> readBack(copy, expected));
            Verdict verdict = verdict(ending);
            counts.merge(verdict, 1, Integer::sum);
            if (!acceptable(verdict)) {
                failures.add("trial " + trial + " (" + damage + "): " + verdict + " " + ending);
            }
        }
        System.out.printf("DAMAGE journal_mode=%s seed=%d trials=%d %s%n", journalMode, SEED, TRIALS, counts);
        assertEquals(List.of(), failures, "seed " + SEED);
    }

    private static Verdict verdict(Bounded.Ending<Verdict> ending) {
        if (ending.hung()) {
            return Verdict.HUNG;
        }
        if (ending.leaked() != null) {
            return Verdict.LEAKED;
        }
        if (ending.sqlError() != null) {
            return "XX001".equals(ending.sqlState()) ? Verdict.DETECTED : Verdict.WRONG_SQLSTATE;
        }
        return ending.value();
    }

    /**
     * Opens the damaged copy, reads it back and compares. A failed open is a clean refusal unless it is an
     * internal error (XX000), which is rethrown and counted as a wrong SQLSTATE.
     */
    private static Verdict readBack(Path file, List<String> expected) throws SQLException {
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:alien:" + file + "?create=false");
        } catch (SQLException refused) {
            if ("XX000".equals(refused.getSQLState())) {
                throw refused;
            }
            return Verdict.REFUSED_AT_OPEN;
        }
        try (c; Statement s = c.createStatement()) {
            boolean scanRight = rows(s, SCAN).equals(expected);
            boolean indexRight = rows(s, INDEXED).equals(indexed(expected));
            if (!scanRight || !indexRight) {
                return Verdict.SILENTLY_WRONG;
            }
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return "ok".equals(rs.getString(1)) ? Verdict.CORRECT : Verdict.DETECTED;
            }
        }
    }

    /** Writes the known content and returns its rows as "id|k|name", in id order. */
    private static List<String> build(Path file, String journalMode) throws SQLException {
        List<String> expected = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:alien:" + file + "?page_size=" + PAGE_SIZE + "&journal_mode=" + journalMode);
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE item(id INTEGER PRIMARY KEY, k INTEGER NOT NULL, name TEXT NOT NULL)");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO item(id, k, name) VALUES (?, ?, ?)")) {
                for (int id = 1; id <= ROWS; id++) {
                    int k = (int) ((id * 7919L) % 10007);
                    String name = "item-" + id + "-" + "abcdefghij".repeat(id % 97 == 0 ? 700 : id % 7);
                    insert.setInt(1, id);
                    insert.setInt(2, k);
                    insert.setString(3, name);
                    insert.executeUpdate();
                    expected.add(id + "|" + k + "|" + name);
                }
            }
            c.commit();
            s.executeUpdate("CREATE INDEX item_k ON item(k)");
            c.commit();
        }
        assertEquals(expected, rows(file, SCAN), "the pristine database reads back");
        return expected;
    }

    private static List<String> rows(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:alien:" + file); Statement s = c.createStatement()) {
            return rows(s, sql);
        }
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getString(3));
            }
        }
        return rows;
    }

    /** The rows {@link #INDEXED} selects: 2000 <= k <= 2600, in id order. */
    private static List<String> indexed(List<String> all) {
        return all.stream().filter(row -> {
            long k = Long.parseLong(row.split("\\|")[1]);
            return k >= 2000 && k <= 2600;
        }).toList();
    }
}
