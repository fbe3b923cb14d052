package dev.aliendb.jdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crash durability with real processes: a child JVM runs {@link BankWorkload} on a file database and is
 * killed with SIGKILL ({@code ProcessHandle.destroyForcibly}) at a seeded random moment; then the database
 * is reopened in this JVM and {@link BankInvariants} must hold: no acknowledged commit lost, no half-applied
 * transaction, {@code PRAGMA integrity_check} = ok. The same file goes through every round, so each round also starts from
 * a recovered file. Rounds per journal mode: {@code -Daliendb.kill9.rounds} (default 10); seed:
 * {@code -Daliendb.kill9.seed} (default: the clock, printed).
 */
class KillNineTest {
    private static final int ROUNDS = Integer.getInteger("aliendb.kill9.rounds", 10);
    private static final long SEED = Long.getLong("aliendb.kill9.seed", System.nanoTime());
    /** Longest wait after the child's first commit before killing it. */
    private static final int MAX_KILL_DELAY_MS = 700;
    /** Longest wait for a child's first commit (a JVM start plus Calcite's on a loaded machine). */
    private static final int STARTUP_LIMIT_S = 60;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"delete", "wal"})
    void committedTransactionsSurviveSigkill(String journalMode) throws Exception {
        Path db = dir.resolve("bank-" + journalMode + ".db");
        String url = BankWorkload.url(db.toString(), journalMode);
        BankInvariants.create(url);
        Random random = new Random(SEED);
        int survived = 0;
        long acked = 0;
        long lost = 0;
        int atomicity = 0;
        int corrupt = 0;
        List<String> failures = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Process child = child(db, journalMode, random.nextLong());
            long lastAcked = killAfterFirstAck(child, random.nextInt(MAX_KILL_DELAY_MS));
            BankInvariants.Outcome outcome = BankInvariants.check(url, lastAcked);
            acked = Math.max(acked, lastAcked);
            lost += outcome.lostCommits();
            atomicity += outcome.atomicityViolated() ? 1 : 0;
            corrupt += outcome.corrupt() ? 1 : 0;
            if (outcome.violations().isEmpty()) {
                survived++;
            } else {
                failures.add("round " + round + ": " + outcome.violations());
            }
        }
        System.out.printf("KILL9 journal_mode=%s seed=%d rounds=%d survived=%d commits_acked=%d lost=%d"
                + " atomicity_violations=%d corrupt=%d%n", journalMode, SEED, ROUNDS, survived, acked, lost,
                atomicity, corrupt);
        assertEquals(List.of(), failures, "seed " + SEED);
        assertTrue(acked > 0, "no transaction was acknowledged in any round (seed " + SEED + ")");
    }

    /**
     * Starts a {@link BankWorkload} JVM on {@code db}; C1 only, since each round pays a whole JVM and Calcite
     * start and the child never runs long enough to profit from C2. Its stderr goes to {@code child.err}.
     */
    private Process child(Path db, String journalMode, long seed) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), BankWorkload.class.getName(), db.toString(), journalMode,
                Long.toString(seed))
                .redirectError(dir.resolve("child.err").toFile()).start();
    }

    /** Kills {@code child} {@code delayMs} after its first acknowledged commit; returns the last ACK read. */
    private long killAfterFirstAck(Process child, int delayMs) throws Exception {
        AtomicLong lastAck = new AtomicLong(-1);
        Thread reader = new Thread(() -> readAcks(child, lastAck), "kill9-reader");
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_LIMIT_S);
            while (lastAck.get() < 0 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertTrue(lastAck.get() >= 0, "child committed nothing within " + STARTUP_LIMIT_S + " s: "
                    + Files.readString(dir.resolve("child.err")));
            Thread.sleep(delayMs);
            assertTrue(child.isAlive(), "child died before the kill: " + Files.readString(dir.resolve("child.err")));
        } finally {
            // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the pipe
            // and drop the ACKs still in it, hiding exactly the last commits this test is about.
            child.toHandle().destroyForcibly();
            child.waitFor();
            reader.join();
        }
        return Math.max(0, lastAck.get());
    }

    private static void readAcks(Process child, AtomicLong lastAck) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAck.set(Long.parseLong(line.substring(4)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the child's acknowledgements", e);
        }
    }
}
