package dev.aliendb.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises JFR recordings of bench child JVMs: per measured workload ({@link WorkloadEvent} windows;
 * samples outside any window are grouped as "outside workloads"), the top N methods by
 * <ul>
 *   <li><b>self</b>: the top frame of each {@code jdk.ExecutionSample} (any package);</li>
 *   <li><b>self, ours</b>: the first frame from the top whose class is in the package prefix (default
 *       {@code dev.aliendb.}, the bench package excluded), i.e. the code of ours that spent or called the time;</li>
 *   <li><b>total, ours</b>: every distinct method of the prefix anywhere on the stack (with children).</li>
 * </ul>
 * Percentages are of the workload's samples. Usage: {@code JfrTop [--top N] [--prefix P] file.jfr...}
 */
public final class JfrTop {

    static final int DEFAULT_TOP = 15;
    static final String DEFAULT_PREFIX = "dev.aliendb.";
    private static final String OUTSIDE = "outside workloads";
    private static final String BENCH = "dev.aliendb.bench.";

    private record Window(String metric, Instant start, Instant end) {
    }

    /** Sample counts of one workload. */
    private static final class Tally {
        int samples;
        final Map<String, Integer> self = new HashMap<>();
        final Map<String, Integer> selfOurs = new HashMap<>();
        final Map<String, Integer> totalOurs = new HashMap<>();
    }

    private JfrTop() {}

    public static void main(String[] args) throws IOException {
        int top = DEFAULT_TOP;
        String prefix = DEFAULT_PREFIX;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--top" -> top = Integer.parseInt(args[++i]);
                case "--prefix" -> prefix = args[++i];
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: JfrTop [--top N] [--prefix dev.aliendb.] file.jfr...");
            System.exit(2);
        }
        for (Path file : files) {
            summarise(file, top, prefix, System.out);
        }
    }

    /** Writes the summary of one recording to {@code out}. */
    static void summarise(Path file, int top, String prefix, PrintStream out) throws IOException {
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        List<Window> windows = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (e.getEventType().getName().equals(WorkloadEvent.NAME)) {
                windows.add(new Window(e.getString("metric"), e.getStartTime(), e.getEndTime()));
            }
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        windows.stream().sorted(Comparator.comparing(Window::start)).forEach(w -> tallies.put(w.metric, new Tally()));
        tallies.put(OUTSIDE, new Tally());
        for (RecordedEvent e : events) {
            if (e.getEventType().getName().equals("jdk.ExecutionSample") && e.getStackTrace() != null) {
                count(tallies.get(windowOf(windows, e.getStartTime())), e.getStackTrace().getFrames(), prefix);
            }
        }
        out.println("== " + file);
        for (Map.Entry<String, Tally> t : tallies.entrySet()) {
            Tally tally = t.getValue();
            if (tally.samples == 0) {
                continue;
            }
            out.println("-- " + t.getKey() + ": " + tally.samples + " samples");
            print(out, "self", tally.self, tally.samples, top);
            print(out, "self, ours", tally.selfOurs, tally.samples, top);
            print(out, "total, ours", tally.totalOurs, tally.samples, top);
        }
    }

    private static String windowOf(List<Window> windows, Instant time) {
        for (Window w : windows) {
            if (!time.isBefore(w.start) && !time.isAfter(w.end)) {
                return w.metric;
            }
        }
        return OUTSIDE;
    }

    private static void count(Tally tally, List<RecordedFrame> frames, String prefix) {
        tally.samples++;
        if (frames.isEmpty()) {
            return;
        }
        tally.self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
        boolean selfOurs = false;
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (!type.startsWith(prefix) || type.startsWith(BENCH)) {
                continue;
            }
            String name = name(f.getMethod());
            if (!selfOurs) {
                tally.selfOurs.merge(name, 1, Integer::sum);
                selfOurs = true;
            }
            if (seen.add(name)) {
                tally.totalOurs.merge(name, 1, Integer::sum);
            }
        }
    }

    /** {@code sql.exec.AggregateOp.next} for our classes, the fully qualified name for the others. */
    private static String name(RecordedMethod m) {
        String type = m.getType().getName();
        return (type.startsWith("dev.aliendb.") ? type.substring("dev.aliendb.".length()) : type) + "." + m.getName();
    }

    private static void print(PrintStream out, String title, Map<String, Integer> counts, int samples, int top) {
        out.println("   " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(c -> out.printf("     %5.1f%%  %s%n", 100.0 * c.getValue() / samples, c.getKey()));
    }
}
