package dev.aliendb.sqllogictest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a run as Markdown: totals, failures grouped by cause (most frequent first, one example each with
 * file:line and SQL, then the locations of up to 30 more), and a per-file table.
 */
public final class SuiteReport {

    private static final int SQL_EXAMPLE_MAX = 400;
    private static final int MORE_LOCATIONS_MAX = 30;

    private SuiteReport() {}

    public static void write(SuiteResult run, Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(path, markdown(run));
    }

    public static String markdown(SuiteResult run) {
        StringBuilder md = new StringBuilder();
        md.append("# sqllogictest report: ").append(run.engine().cliName()).append("\n\n");
        md.append("- when: ").append(Instant.now()).append('\n');
        md.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs\n");
        Limits l = run.limits();
        md.append("- limits: statement ").append(l.statementSeconds()).append(" s, file ").append(l.fileSeconds())
                .append(" s, budget ").append(l.budgetSeconds() == 0 ? "none" : l.budgetSeconds() + " s")
                .append(", records per file ").append(l.maxRecordsPerFile() == 0 ? "all" : l.maxRecordsPerFile())
                .append("\n\n");
        md.append("| files run | files not run (budget) | records | queries | passed | failed | pass % | seconds |\n");
        md.append("|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        md.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %.3f | %.1f |%n%n", run.files().size(),
                run.notRun().size(), run.records(), run.queries(), run.passed(), run.failed(), run.passPercent(),
                run.seconds()));
        md.append("A record is one `statement` or `query`; skipif/onlyif are applied for `sqlite`.\n\n");
        causes(run, md);
        files(run, md);
        if (!run.notRun().isEmpty()) {
            md.append("\n## Not run (budget spent)\n\n");
            run.notRun().forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }

    private static void causes(SuiteResult run, StringBuilder md) {
        Map<String, List<Failure>> byCause = new LinkedHashMap<>();
        run.files().forEach(f -> f.failures().forEach(
                x -> byCause.computeIfAbsent(x.cause(), k -> new java.util.ArrayList<>()).add(x)));
        md.append("## Failures by cause\n\n");
        if (byCause.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        byCause.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Failure>> e) -> -e.getValue().size()))
                .forEach(e -> {
                    Failure example = e.getValue().get(0);
                    md.append("### ").append(e.getValue().size()).append(" x ").append(e.getKey().replace("\n", " "))
                            .append("\n\n");
                    md.append("Example `").append(example.location()).append("`");
                    if (!example.detail().isEmpty()) {
                        md.append(": ").append(example.detail().lines().findFirst().orElse(""));
                    }
                    md.append("\n\n```sql\n").append(clip(example.sql())).append("\n```\n\n");
                    others(e.getValue(), md);
                });
    }

    /** Where the cause's other failures are (at most {@value #MORE_LOCATIONS_MAX} locations). */
    private static void others(List<Failure> failures, StringBuilder md) {
        if (failures.size() < 2) {
            return;
        }
        md.append("Also at:");
        failures.stream().skip(1).limit(MORE_LOCATIONS_MAX).forEach(f -> md.append(" `").append(f.location()).append('`'));
        if (failures.size() - 1 > MORE_LOCATIONS_MAX) {
            md.append(" and ").append(failures.size() - 1 - MORE_LOCATIONS_MAX).append(" more");
        }
        md.append("\n\n");
    }

    private static void files(SuiteResult run, StringBuilder md) {
        md.append("## Files\n\n| file | status | records | passed | failed | seconds |\n|---|---|--:|--:|--:|--:|\n");
        for (FileResult f : run.files()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.1f |%n", f.file(),
                    f.status().name().toLowerCase(Locale.ROOT), f.records(), f.passed(), f.failed(), f.seconds()));
        }
    }

    private static String clip(String sql) {
        return sql.length() > SQL_EXAMPLE_MAX ? sql.substring(0, SQL_EXAMPLE_MAX) + " ..." : sql;
    }
}
