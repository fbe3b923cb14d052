package dev.aliendb.sqllogictest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Command line: runs bundled sqllogictest scripts on an engine, writes the Markdown report and prints a
 * one-line summary. Exit code 0 when the run completed (failures are results, not errors), 2 on bad usage.
 *
 * <pre>
 * --engine alien|sqlite       (default alien)
 * --files all|&lt;list file&gt;      which scripts (default all); a list file names one script per line
 * --budget-seconds N          stop starting files after N s (default 0 = no budget)
 * --file-seconds N            per-file limit (default 300)
 * --statement-seconds N       per-statement limit (default 60)
 * --max-records N             run at most N statements and queries per file (default 0 = all)
 * --report PATH               default sqllogictest/target/slt-report.md
 * </pre>
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws IOException {
        Engine engine = Engine.ALIEN;
        String files = "all";
        int budget = 0;
        int fileSeconds = 300;
        int statementSeconds = 60;
        int maxRecords = 0;
        Path report = Path.of("sqllogictest/target/slt-report.md");
        try {
            for (int i = 0; i < args.length; i += 2) {
                String value = i + 1 < args.length ? args[i + 1] : usage("missing value for " + args[i]);
                switch (args[i]) {
                    case "--engine" -> engine = Engine.parse(value);
                    case "--files" -> files = value;
                    case "--budget-seconds" -> budget = Integer.parseInt(value);
                    case "--file-seconds" -> fileSeconds = Integer.parseInt(value);
                    case "--statement-seconds" -> statementSeconds = Integer.parseInt(value);
                    case "--max-records" -> maxRecords = Integer.parseInt(value);
                    case "--report" -> report = Path.of(value);
                    default -> usage("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }
        if (!engine.available()) {
            System.err.println("no JDBC driver accepts " + engine.url(0) + " on the classpath");
            System.exit(1);
        }
        List<String> scripts = files.equals("all") ? TestFiles.all() : TestFiles.listed(Path.of(files));
        Limits limits = new Limits(statementSeconds, fileSeconds, budget, maxRecords);
        SuiteResult run = new SuiteRunner(engine, limits).run(scripts, f -> System.err.printf(Locale.ROOT,
                "%-50s %-9s %7d passed %6d failed %7.1f s%n", f.file(), f.status().name().toLowerCase(Locale.ROOT),
                f.passed(), f.failed(), f.seconds()));
        SuiteReport.write(run, report);
        System.out.println(run.summaryLine() + " report=" + report);
        System.exit(0);
    }

    private static String usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: Main [--engine alien|sqlite] [--files all|LISTFILE] [--budget-seconds N]"
                + " [--file-seconds N] [--statement-seconds N] [--max-records N] [--report PATH]");
        System.exit(2);
        return problem;
    }
}
