package dev.aliendb.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole-workload benchmark (W1–W10 of shared/bench/workloads.md). For every trial, group and engine,
 * round-robin (all engines of a group, then the next group; then the next trial), one child JVM runs one
 * group; --smoke checks that everything runs, with one JVM per engine for all groups. Writes report.md and chart.svg to the output directory and exits 1 if any workload of any engine
 * reported an error, 2 on bad usage.
 *
 * <pre>
 * --scale S           1 = t 200,000 rows, u 100,000 (default 1)
 * --trials N          default 3
 * --engines a,b       ids: alien, sqlite-wal, sqlite-delete, h2, hsqldb-durable, hsqldb, derby (default all)
 * --workloads W1,W3   default W1..W10
 * --smoke             scale 0.005, 1 trial, one JVM per engine (all engines unless --engines is given)
 * --out DIR           default bench/results (bench/results/smoke with --smoke)
 * --data DIR          where databases are created (default bench/target/bench-data)
 * --timeout-seconds N per child JVM (default 1800)
 * --jfr               record each child JVM with JFR into DIR/jfr/ and summarise the hot methods ({@link JfrTop})
 * </pre>
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        double scale = 1;
        int trials = 3;
        List<BenchEngine> engines = List.of(BenchEngine.values());
        Set<String> workloads = new LinkedHashSet<>();
        for (int i = 1; i <= 10; i++) {
            workloads.add("W" + i);
        }
        Path out = null;
        Path data = Path.of("bench/target/bench-data");
        long timeout = 1800;
        boolean smoke = false;
        boolean jfr = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--smoke")) {
                smoke = true;
                scale = 0.005;
                trials = 1;
                continue;
            }
            if (a.equals("--jfr")) {
                jfr = true;
                continue;
            }
            if (i + 1 >= args.length) {
                usage("missing value for " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--scale" -> scale = Double.parseDouble(v);
                case "--trials" -> trials = Integer.parseInt(v);
                case "--engines" -> engines = Arrays.stream(v.split(",")).map(BenchEngine::byId).toList();
                case "--workloads" -> workloads = new LinkedHashSet<>(Arrays.asList(v.toUpperCase().split(",")));
                case "--out" -> out = Path.of(v);
                case "--data" -> data = Path.of(v);
                case "--timeout-seconds" -> timeout = Long.parseLong(v);
                default -> usage("unknown option " + a);
            }
        }
        if (out == null) {
            out = Path.of(smoke ? "bench/results/smoke" : "bench/results");
        }
        Set<String> chosen = workloads;
        List<Metric> metrics = Arrays.stream(Metric.values()).filter(m -> chosen.contains(m.workload())).toList();
        ChildLauncher.delete(out.resolve("logs"));
        Files.createDirectories(out.resolve("logs"));
        Results results = new Results();
        String loadBefore = MachineInfo.load();
        long start = System.nanoTime();
        Path jfrDir = jfr ? out.resolve("jfr") : null;
        if (jfrDir != null) {
            ChildLauncher.delete(jfrDir);
            Files.createDirectories(jfrDir);
        }
        ChildLauncher launcher = new ChildLauncher(data, out.resolve("logs"), scale, String.join(",", workloads), timeout,
                results, jfrDir);
        List<WorkloadGroup> groups = Arrays.stream(WorkloadGroup.values()).filter(g -> !g.selected(chosen).isEmpty())
                .toList();
        // measurements: one JVM per (engine, group, trial); smoke: one JVM per engine runs all its groups
        List<List<WorkloadGroup>> batches = smoke ? List.of(groups) : groups.stream().map(List::of).toList();
        for (int trial = 1; trial <= trials; trial++) {
            for (List<WorkloadGroup> batch : batches) {
                List<Metric> selected = batch.stream().flatMap(g -> g.selected(chosen).stream()).toList();
                for (BenchEngine engine : engines) {
                    long child = System.nanoTime();
                    List<String> outcome = launcher.run(engine, batch, selected, trial);
                    System.err.println("[trial " + trial + "/" + trials + "] " + engine.id() + " "
                            + batch.stream().map(g -> g.name().toLowerCase()).toList() + " ("
                            + Report.number(Measure.seconds(child)) + " s): " + String.join("; ", outcome));
                }
            }
        }
        List<String> facts = new ArrayList<>(List.of(
                "when: " + Instant.now() + ", total " + Report.number(Measure.seconds(start)) + " s",
                "command: bench/run.sh " + String.join(" ", args),
                "scale " + scale + " (t " + new Dataset(scale).rows() + " rows, u " + new Dataset(scale).uRows()
                        + " rows), " + trials + " trial(s), round-robin, " + (smoke ? "smoke: one JVM per engine for all groups"
                        : "one fresh JVM per (engine, workload group, trial)"),
                "machine: " + MachineInfo.cpu() + ", " + MachineInfo.memory() + ", " + MachineInfo.os(),
                "JVM: " + MachineInfo.jvm(),
                "load before: " + loadBefore + "; after: " + MachineInfo.load(),
                "databases in " + data.toAbsolutePath()));
        Report.RunInfo info = new Report.RunInfo(facts);
        Files.writeString(out.resolve("report.md"), Report.markdown(results, engines, metrics, info));
        Files.writeString(out.resolve("chart.svg"), Chart.svg(results, engines, metrics));
        System.out.println("bench: " + results.errorCount() + " error(s); report " + out.resolve("report.md"));
        System.exit(results.errorCount() == 0 ? 0 : 1);
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: bench/run.sh [--scale S] [--trials N] [--engines a,b] [--workloads W1,W2]"
                + " [--smoke] [--out DIR] [--data DIR] [--timeout-seconds N] [--jfr]");
        System.exit(2);
    }
}
