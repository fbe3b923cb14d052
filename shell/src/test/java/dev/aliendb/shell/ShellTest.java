package dev.aliendb.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell end to end through its programmatic entry point, with captured output. */
class ShellTest {
    @TempDir
    Path dir;
    private String db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        db = dir.resolve("test.db").toString();
    }

    private int run(String stdin, String... args) {
        out.reset();
        err.reset();
        return AlienShell.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sqlArgumentsRunAndThePrintedTableIsAligned() {
        assertEquals(0, run("", db, "CREATE TABLE t(x INTEGER, name TEXT); INSERT INTO t VALUES (1, 'one'), (20, 'twenty')",
                "SELECT x, name FROM t ORDER BY x"), err());
        assertEquals(String.join("\n",
                "+----+--------+",
                "| x  | name   |",
                "+----+--------+",
                "|  1 | one    |",
                "| 20 | twenty |",
                "+----+--------+", ""), out());
    }

    @Test
    void dataPersistsInTheFile() {
        assertEquals(0, run("", db, "CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (7);"));
        assertEquals(0, run("", db, ".mode list", ".headers off", "SELECT x FROM t"));
        assertEquals("7\n", out());
    }

    @Test
    void standardInputIsAScriptWithMultiLineStatementsAndDotCommands() {
        String script = "CREATE TABLE t(a TEXT,\n  b INTEGER);\nINSERT INTO t\n  VALUES ('x;y', 2);\n"
                + ".mode csv\nSELECT * FROM t;\n.mode json\nSELECT b FROM t";
        assertEquals(0, run(script, db), err());
        assertEquals("a,b\nx;y,2\n[{\"b\":2}]\n", out());
    }

    @Test
    void errorsGoToStderrAndTheExitCodeIsNonZero() {
        assertEquals(1, run("SELECT 1;\nSELECT * FROM missing;\nSELECT 2;\n", db));
        assertTrue(err().contains("Error:"), err());
        assertTrue(err().toLowerCase().contains("missing"), err());
        assertTrue(out().contains("| 2 |"), "the script goes on after an error: " + out());
        assertEquals(1, run("", db, ".nonsense"));
        assertTrue(err().contains(".nonsense"));
        assertEquals(2, run("", "--bogus"));
    }

    @Test
    void schemaTablesAndIndexes() {
        run("", db, "CREATE TABLE b_table(id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX b_v ON b_table(v);"
                + " CREATE TABLE a_table(x INTEGER); CREATE VIEW v_view AS SELECT x FROM a_table;");
        assertEquals(0, run("", db, ".tables"));
        assertTrue(out().matches("(?s)a_table\\s+b_table\\s+v_view\\s*"), out());
        assertEquals(0, run("", db, ".schema b_table"));
        assertTrue(out().contains("CREATE TABLE b_table"), out());
        assertTrue(out().contains("CREATE INDEX b_v"), out());
        assertEquals(0, run("", db, ".schema"));
        assertTrue(out().contains("CREATE VIEW v_view"), out());
        assertEquals(0, run("", db, ".indexes b_table"));
        assertEquals("b_v", out().strip());
        assertEquals(1, run("", db, ".schema nope"));
    }

    @Test
    void settings() {
        assertEquals(0, run("", db, ".headers off", ".mode box", "SELECT 1 AS n"));
        assertEquals("┌───┐\n│ 1 │\n└───┘\n", out());
        assertEquals(0, run("", db, ".timer on", ".mode list", "SELECT 1"));
        assertTrue(out().matches("(?s).*Run Time: real \\d+\\.\\d{3} s\\n"), out());
        assertEquals(0, run("", db, ".help"));
        assertTrue(out().contains(".import FILE TABLE"));
        assertEquals(0, run("", db, ".mode"));
        assertEquals("current output mode: table\n", out());
        assertEquals(1, run("", db, ".mode fancy"));
        assertEquals(1, run("", db, ".headers maybe"));
    }

    @Test
    void importCreatesTheTableFromTheHeader() throws IOException {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "name,city\nAda,London\n\"Hopper, Grace\",\"New \"\"York\"\"\"\n");
        assertEquals(0, run("", db, ".import " + csv + " people", ".mode csv",
                "SELECT name, city FROM people ORDER BY name"), err());
        assertEquals("name,city\nAda,London\n\"Hopper, Grace\",\"New \"\"York\"\"\"\n", out());
        assertTrue(err().contains("imported 2 row(s)"), err());
        // into the existing table: a repeated header is skipped
        assertEquals(0, run("", db, ".import '" + csv + "' people", ".mode list", ".headers off",
                "SELECT COUNT(*) FROM people"), err());
        assertEquals("4\n", out());
    }

    @Test
    void importIsAllOrNothing() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "a,b\n1,2\n3\n");
        assertEquals(1, run("", db, "CREATE TABLE t(a INTEGER, b INTEGER)", ".import " + csv + " t"));
        assertTrue(err().contains("line 3"), err());
        assertEquals(0, run("", db, ".mode list", ".headers off", "SELECT COUNT(*) FROM t"));
        assertEquals("0\n", out());
        assertEquals(1, run("", db, ".import " + dir.resolve("absent.csv") + " t"));
        assertTrue(err().contains("no such file"), err());
    }

    @Test
    void largeImportShowsProgressOnStderr() throws IOException {
        Path csv = dir.resolve("big.csv");
        StringBuilder text = new StringBuilder("id,payload\n");
        String payload = "x".repeat(100);
        for (int i = 0; i < 12_000; i++) {
            text.append(i).append(',').append(payload).append('\n');
        }
        Files.writeString(csv, text);
        assertTrue(Files.size(csv) > CsvImporter.PROGRESS_THRESHOLD);
        assertEquals(0, run("", db, ".import " + csv + " big", ".mode list", ".headers off",
                "SELECT COUNT(*) FROM big"), err());
        assertEquals("12000\n", out());
        assertTrue(err().contains("100%"), err());
    }

    @Test
    void readAndOpen() throws IOException {
        Path script = dir.resolve("setup.sql");
        Files.writeString(script, "CREATE TABLE r(x INTEGER);\nINSERT INTO r VALUES (1), (2);\n");
        Path other = dir.resolve("other.db");
        assertEquals(0, run("", db, ".open " + other, ".read " + script, ".mode list", ".headers off",
                "SELECT SUM(x) FROM r"), err());
        assertEquals("3\n", out());
        assertEquals(1, run("", db, "SELECT * FROM r"), "r lives in other.db, not in test.db");
        Path loop = dir.resolve("loop.sql");
        Files.writeString(loop, ".read " + loop + "\n");
        assertEquals(1, run("", db, ".read " + loop));
        assertTrue(err().contains("nested"), err());
    }

    @Test
    void quitStopsTheScript() {
        assertEquals(0, run("SELECT 1;\n.quit\nSELECT * FROM missing;\n", db));
        assertEquals("", err());
    }

    @Test
    void demoScriptLoads() throws IOException {
        String demo = new String(AlienShell.class.getResourceAsStream("demo.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        assertEquals(0, run(demo, db), err());
        assertEquals(0, run("", db, ".mode list", ".headers off", "SELECT COUNT(*) FROM customers",
                "SELECT COUNT(*) FROM products", "SELECT COUNT(*) FROM orders",
                "SELECT COUNT(*) FROM order_totals"), err());
        assertEquals("200\n30\n600\n600\n", out());
    }

    @Test
    void interactivePromptOnADumbTerminal() throws Exception {
        System.setProperty("alien.history", dir.resolve("history").toString());
        ByteArrayInputStream keys = new ByteArrayInputStream(
                "SELECT 1 +\n  1 AS two;\n.quit\n".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("alien-test", "dumb", keys, screen, StandardCharsets.UTF_8);
             Shell shell = new Shell(Shell.open(db), db, new PrintStream(screen, true, StandardCharsets.UTF_8),
                     new PrintStream(err, true, StandardCharsets.UTF_8))) {
            AlienShell.interact(shell, terminal);
            assertTrue(shell.quitRequested(), screen.toString(StandardCharsets.UTF_8));
        }
        String text = screen.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(AlienShell.PROMPT), text);
        assertTrue(text.contains(AlienShell.CONTINUATION), text);
        assertTrue(text.contains("| two |") && text.contains("|   2 |"), text);
        assertTrue(Files.readString(dir.resolve("history")).contains(".quit"), text);
        assertFalse(err().contains("Error"), err());
    }
}
