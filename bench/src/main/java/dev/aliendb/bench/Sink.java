package dev.aliendb.bench;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Set;

/**
 * The child-to-parent protocol, one line per fact on stdout: {@code RESULT <metric> <value>},
 * {@code ERROR <metric> <message>} and {@code INFO <key> <text>}. Messages are flattened to one line.
 */
public final class Sink {

    public static final String RESULT = "RESULT";
    public static final String ERROR = "ERROR";
    public static final String INFO = "INFO";

    private final PrintStream out;
    private final Set<Metric> reported = EnumSet.noneOf(Metric.class);

    public Sink(PrintStream out) {
        this.out = out;
    }

    public void result(Metric metric, double value) {
        reported.add(metric);
        out.println(RESULT + " " + metric.name() + " " + value);
        out.flush();
    }

    public void error(Metric metric, Throwable t) {
        reported.add(metric);
        out.println(ERROR + " " + metric.name() + " " + describe(t));
        out.flush();
    }

    public void info(String key, String text) {
        out.println(INFO + " " + key + " " + oneLine(text));
        out.flush();
    }

    /** Whether a result or an error was already given for {@code metric}. */
    public boolean reported(Metric metric) {
        return reported.contains(metric);
    }

    static String describe(Throwable t) {
        String state = t instanceof java.sql.SQLException e && e.getSQLState() != null ? " [" + e.getSQLState() + "]" : "";
        return oneLine(t.getClass().getSimpleName() + state + ": " + t.getMessage());
    }

    static String oneLine(String s) {
        String flat = String.valueOf(s).replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
