package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.sql.SqlEngine;
import dev.aliendb.sql.SqlResult;
import dev.aliendb.sql.SqlSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first statements of a fresh JVM (open an existing database, plan and run a point query, then a
 * DISTINCT over GROUP BY, which asks Calcite for metadata) must not initialise Calcite subsystems they do
 * not use: each costs hundreds of classes loaded and initialised in
 * the interpreter, which the user's first query pays (docs/planning.md, "Cold start"). A child JVM runs
 * {@link Probe} with {@code -verbose:class}; the test checks its answer and the classes it loaded.
 */
class ColdStartTest {
    /** Classes whose initialisation a point query must not pay, with the reason. */
    private static final Map<String, String> AVOIDED = Map.of(
            "org.apache.calcite.rel.rules.CoreRules", "builds all ~200 rules; LogicalRewrite creates its own",
            "java.lang.runtime.ObjectMethods", "record equals/hashCode bootstrap (PlanCache keys)",
            "org.codehaus.janino.UnitCompiler", "Janino-generated metadata handlers (PlanMetadata uses proxies)");

    @Test
    void firstStatementsOfAFreshJvmLoadOnlyWhatTheyUse(@TempDir Path dir) throws Exception {
        String path = dir.resolve("cold.db").toString();
        try (SqlSession s = SqlEngine.openSession(path, Map.of())) {
            run(s, "CREATE TABLE t(id INTEGER PRIMARY KEY, k INTEGER, c TEXT)");
            run(s, "INSERT INTO t VALUES (1, 10, 'one'), (2, 20, 'two'), (3, 20, 'three')");
        }
        List<String> out = child(path);
        assertTrue(out.contains("row 20|two"), () -> "probe output: " + out);
        assertTrue(out.contains("distinct 10") && out.contains("distinct 20"), () -> "probe output: " + out);
        Set<String> loaded = Set.copyOf(out.stream().filter(l -> l.startsWith("[") && l.contains("class,load"))
                .map(l -> l.split("\\s+")[1]).toList());
        assertTrue(loaded.contains(Probe.class.getName()), "-verbose:class output missing");
        for (Map.Entry<String, String> avoided : AVOIDED.entrySet()) {
            assertTrue(!loaded.contains(avoided.getKey()), avoided.getKey() + " was loaded: " + avoided.getValue());
        }
    }

    private static void run(SqlSession s, String sql) throws Exception {
        s.prepare(sql).execute(new Object[0], null).close();
    }

    private static List<String> child(String path) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), Probe.class.getName(), path));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe JVM did not finish");
        assertEquals(0, p.exitValue(), () -> new String(bytes, StandardCharsets.UTF_8));
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    /** The child JVM: opens the database, runs a parameterised point query, then a DISTINCT over GROUP BY. */
    static final class Probe {
        public static void main(String[] args) throws Exception {
            try (SqlSession s = SqlEngine.openSession(args[0], Map.of())) {
                try (SqlResult r = s.prepare("SELECT k, c FROM t WHERE id = ?").execute(new Object[] {2L}, null)) {
                    while (r.next()) {
                        System.out.println("row " + r.get(0) + "|" + r.get(1));
                    }
                }
                try (SqlResult r = s.prepare("SELECT DISTINCT k FROM t GROUP BY k, c").execute(new Object[0], null)) {
                    while (r.next()) {
                        System.out.println("distinct " + r.get(0));
                    }
                }
            }
        }

        private Probe() {
        }
    }
}
