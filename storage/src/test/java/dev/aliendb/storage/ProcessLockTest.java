package dev.aliendb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.vfs.FileVfs;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database lock across real processes: a second JVM cannot open a database this one holds, and a
 * process killed with SIGKILL leaves no stale lock behind.
 */
class ProcessLockTest {
    @TempDir
    Path dir;

    /**
     * Child process: opens the database, prints the outcome, then holds it ("hold"), or commits
     * USER_VERSION=42 in WAL mode and holds it ("wal"), or exits.
     */
    public static void main(String[] args) throws Exception {
        boolean wal = args.length > 1 && args[1].equals("wal");
        StoreOptions options = StoreOptions.defaults().withJournalMode(wal ? JournalMode.WAL : JournalMode.DELETE);
        try (Store store = Stores.open(new FileVfs(), args[0], options)) {
            if (wal) {
                try (WriteTxn w = store.beginWrite()) {
                    w.setMeta(MetaSlot.USER_VERSION, 42);
                    w.commit();
                }
            }
            System.out.println("OPENED");
            System.out.flush();
            if (args.length > 1 && !args[1].equals("exit")) {
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            }
        } catch (StorageException e) {
            System.out.println(e.sqlState() + " " + e.getMessage());
        }
    }

    private static Process child(String db, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), ProcessLockTest.class.getName(), db, mode))
                .redirectErrorStream(true).start();
    }

    private static String firstLine(Process p) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            return line == null ? "" : line;
        }
    }

    @Test
    void secondProcessIsRefusedWhileThisOneHoldsTheDatabase() throws Exception {
        String db = dir.resolve("held.db").toString();
        try (Store store = Stores.open(new FileVfs(), db, StoreOptions.defaults())) {
            Process p = child(db, "exit");
            String line = firstLine(p);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals("55006 database is locked by another process: " + db, line);
        }
    }

    @Test
    void killedProcessLeavesNoStaleLock() throws Exception {
        String db = dir.resolve("killed.db").toString();
        Process p = child(db, "hold");
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("OPENED", r.readLine());
        p.destroyForcibly();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        try (Store store = Stores.open(new FileVfs(), db, StoreOptions.defaults()); ReadTxn t = store.beginRead()) {
            assertEquals(1, t.pages().pageCount());
        }
        assertTrue(new File(db).exists());
    }

    @Test
    void walCommitOfAKilledProcessIsRecovered() throws Exception {
        String db = dir.resolve("wal.db").toString();
        Process p = child(db, "wal");
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("OPENED", r.readLine());
        p.destroyForcibly();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(new File(db + "-wal").exists(), "the killed process left its log");
        try (Store store = Stores.open(new FileVfs(), db, StoreOptions.defaults()); ReadTxn t = store.beginRead()) {
            assertEquals(42, t.meta(MetaSlot.USER_VERSION));
            assertEquals(JournalMode.WAL, store.stats().journalMode());
        }
        assertTrue(!new File(db + "-wal").exists(), "a clean close checkpoints and removes the log");
    }
}
