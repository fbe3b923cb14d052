package dev.aliendb.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Markdown report of a run: how it was run (command, scale, trials, machine, JVM, load), each engine's
 * durability settings, the medians (min–max) per metric, and each engine's ratio to the best durable peer.
 * A cell whose workload failed reads "error: message".
 */
final class Report {

    private Report() {}

    /** Header facts about the run, in order. */
    record RunInfo(List<String> facts) {}

    static String markdown(Results r, List<BenchEngine> engines, List<Metric> metrics, RunInfo info) {
        StringBuilder md = new StringBuilder("# AlienDB benchmark report\n\n");
        info.facts().forEach(f -> md.append("- ").append(f).append('\n'));
        md.append("\n## Engines and durability settings\n\n| engine | fsyncs every commit | settings |\n|---|---|---|\n");
        for (BenchEngine e : engines) {
            md.append("| ").append(e.label()).append(" | ").append(e.durable() ? "yes" : "no").append(" | ")
                    .append(r.settings(e).replace("|", "\\|")).append(" |\n");
        }
        md.append("\n`*` = does not fsync each commit. Differences under 1.5x are ties unless they repeat.\n");
        md.append("\n## Medians (min–max over trials)\n\n");
        header(md, engines);
        for (Metric m : metrics) {
            md.append("| ").append(m.label());
            for (BenchEngine e : engines) {
                md.append(" | ").append(cell(r, e, m));
            }
            md.append(" |\n");
        }
        md.append("\n## Ratio to the best durable peer (above 1 = better than it)\n\n");
        md.append("Durable peers: SQLite WAL, SQLite DELETE, HSQLDB durable, Derby (AlienDB is not its own peer).\n\n");
        header(md, engines);
        for (Metric m : metrics.stream().filter(Metric::ranked).toList()) {
            Optional<Map.Entry<BenchEngine, Double>> best = r.bestDurablePeer(m, engines);
            md.append("| ").append(m.label()).append(best.map(b -> " (best: " + b.getKey().label() + ")").orElse(""));
            for (BenchEngine e : engines) {
                md.append(" | ").append(r.ratio(e, m, engines).map(Report::number)
                        .orElse(r.error(e, m).isPresent() ? "error" : "—"));
            }
            md.append(" |\n");
        }
        return md.toString();
    }

    private static void header(StringBuilder md, List<BenchEngine> engines) {
        md.append("| metric");
        engines.forEach(e -> md.append(" | ").append(e.label()));
        md.append(" |\n|---");
        engines.forEach(e -> md.append("|--:"));
        md.append("|\n");
    }

    private static String cell(Results r, BenchEngine e, Metric m) {
        Optional<Results.Summary> s = r.summary(e, m);
        Optional<String> error = r.error(e, m);
        if (s.isEmpty()) {
            return error.map(x -> "error: " + x.replace("|", "\\|")).orElse("—");
        }
        Results.Summary v = s.get();
        if (Double.isNaN(v.median())) {
            return "not measured";
        }
        String text = v.trials() == 1 ? number(v.median())
                : number(v.median()) + " (" + number(v.min()) + "–" + number(v.max()) + ")";
        return error.map(x -> text + " (also error: " + x.replace("|", "\\|") + ")").orElse(text);
    }

    /** Three significant digits, thousands separated: 57,700 / 0.452 / 12.3. */
    static String number(double v) {
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return a >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
