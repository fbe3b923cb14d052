package dev.aliendb.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one (engine, groups, trial) in a fresh JVM with this JVM's classpath and {@code -Xmx2g}, feeds its
 * protocol lines into {@link Results}, keeps its stderr in a log file, and turns a timeout, a crash or a
 * missing outcome into an error for every metric left unreported. The database directory is deleted after.
 * With a JFR directory, the child runs under a JFR recording ({@code <engine>-<group>-<trial>.jfr}) summarised
 * by {@link JfrTop} into a {@code .txt} of the same name.
 */
final class ChildLauncher {

    private final Path dataRoot;
    private final Path logDir;
    private final double scale;
    private final String workloads;
    private final long timeoutSeconds;
    private final Results results;
    private final Path jfrDir;

    /** {@code jfrDir}: where each child JVM writes a JFR recording and its {@link JfrTop} summary, or null. */
    ChildLauncher(Path dataRoot, Path logDir, double scale, String workloads, long timeoutSeconds, Results results,
                  Path jfrDir) {
        this.dataRoot = dataRoot;
        this.logDir = logDir;
        this.scale = scale;
        this.workloads = workloads;
        this.timeoutSeconds = timeoutSeconds;
        this.results = results;
        this.jfrDir = jfrDir;
    }

    /** Returns the lines describing the outcome, for progress output. */
    List<String> run(BenchEngine engine, List<WorkloadGroup> groups, List<Metric> metrics, int trial)
            throws IOException, InterruptedException {
        String groupNames = String.join(",", groups.stream().map(WorkloadGroup::name).toList());
        String name = engine.id() + "-" + groupNames.toLowerCase().replace(',', '+') + "-" + trial;
        Path dir = dataRoot.resolve(name);
        delete(dir);
        Files.createDirectories(dir);
        Path log = logDir.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(FsyncCounter.straceCommand(engine, dir));
        command.addAll(List.of(java, "-Xmx2g"));
        Path recording = jfrDir == null ? null : jfrDir.resolve(name + ".jfr");
        if (recording != null) {
            // profile settings with 1 ms Java sampling: small workloads run for well under a second
            command.add("-XX:StartFlightRecording:filename=" + recording
                    + ",settings=profile,jdk.ExecutionSample#period=1ms");
            command.add("-Xlog:jfr+startup=warning");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildMain.class.getName(), engine.id(),
                groupNames, Double.toString(scale), dir.toString(), workloads));
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        Set<Metric> seen = EnumSet.noneOf(Metric.class);
        List<String> outcome = new ArrayList<>();
        // the reader thread fills seen and outcome; join() below makes its writes visible here
        Thread reader = new Thread(() -> read(p, engine, metrics, seen, outcome), "child-reader");
        reader.start();
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        reader.join();
        String missing = !finished ? "timeout after " + timeoutSeconds + " s"
                : "child JVM exited with code " + p.exitValue() + " without a result (see " + log + ")";
        for (Metric m : metrics) {
            if (!seen.contains(m)) {
                results.error(engine, m, missing);
                outcome.add(m.label() + ": error: " + missing);
            }
        }
        delete(dir);
        if (recording != null && Files.exists(recording)) {
            try (PrintStream summary = new PrintStream(jfrDir.resolve(name + ".txt").toFile(), StandardCharsets.UTF_8)) {
                JfrTop.summarise(recording, JfrTop.DEFAULT_TOP, JfrTop.DEFAULT_PREFIX, summary);
            }
        }
        return outcome;
    }

    private void read(Process p, BenchEngine engine, List<Metric> metrics, Set<Metric> seen, List<String> outcome) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(" ", 3);
                if (f.length < 3) {
                    continue;
                }
                if (f[0].equals(Sink.INFO) && f[1].equals("settings")) {
                    results.settings(engine, f[2]);
                    continue;
                }
                Metric m = f[0].equals(Sink.RESULT) || f[0].equals(Sink.ERROR) ? Metric.valueOf(f[1]) : null;
                if (m == null || !metrics.contains(m)) {
                    continue;
                }
                seen.add(m);
                if (f[0].equals(Sink.RESULT)) {
                    results.value(engine, m, Double.parseDouble(f[2]));
                    outcome.add(m.label() + ": " + Report.number(Double.parseDouble(f[2])));
                } else {
                    results.error(engine, m, f[2]);
                    outcome.add(m.label() + ": error: " + f[2]);
                }
            }
        } catch (IOException e) {
            outcome.add("lost the child's output: " + e.getMessage());
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
