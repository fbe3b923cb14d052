package dev.aliendb.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the children reported, per engine and metric: the values of every trial, the first error,
 * and the settings each engine reported. Summaries are median, min and max over the trials.
 */
public final class Results {

    /** Median and range of one engine's values for one metric. */
    public record Summary(double median, double min, double max, int trials) {}

    private final Map<BenchEngine, Map<Metric, List<Double>>> values = new EnumMap<>(BenchEngine.class);
    private final Map<BenchEngine, Map<Metric, String>> errors = new EnumMap<>(BenchEngine.class);
    private final Map<BenchEngine, String> settings = new EnumMap<>(BenchEngine.class);

    public synchronized void value(BenchEngine e, Metric m, double v) {
        values.computeIfAbsent(e, k -> new EnumMap<>(Metric.class)).computeIfAbsent(m, k -> new ArrayList<>()).add(v);
    }

    public synchronized void error(BenchEngine e, Metric m, String message) {
        errors.computeIfAbsent(e, k -> new EnumMap<>(Metric.class)).putIfAbsent(m, message);
    }

    public synchronized void settings(BenchEngine e, String text) {
        settings.putIfAbsent(e, text);
    }

    public synchronized Optional<Summary> summary(BenchEngine e, Metric m) {
        List<Double> v = values.getOrDefault(e, Map.of()).get(m);
        if (v == null || v.isEmpty()) {
            return Optional.empty();
        }
        List<Double> sorted = new ArrayList<>(v);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Optional.of(new Summary(median, sorted.get(0), sorted.get(n - 1), n));
    }

    public synchronized Optional<String> error(BenchEngine e, Metric m) {
        return Optional.ofNullable(errors.getOrDefault(e, Map.of()).get(m));
    }

    public synchronized String settings(BenchEngine e) {
        return settings.getOrDefault(e, e.settings());
    }

    public synchronized int errorCount() {
        return errors.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * The best durable peer (never AlienDB) on this metric and its median, if any durable peer has a value.
     */
    public Optional<Map.Entry<BenchEngine, Double>> bestDurablePeer(Metric m, List<BenchEngine> engines) {
        Map.Entry<BenchEngine, Double> best = null;
        for (BenchEngine e : engines) {
            if (e.alien() || !e.durable()) {
                continue;
            }
            Optional<Summary> s = summary(e, m);
            if (s.isPresent() && (best == null || m.ratio(s.get().median(), best.getValue()) > 1)) {
                best = Map.entry(e, s.get().median());
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code engine}'s median relative to the best durable peer (above 1 = better than it). */
    public Optional<Double> ratio(BenchEngine engine, Metric m, List<BenchEngine> engines) {
        Optional<Summary> s = summary(engine, m);
        Optional<Map.Entry<BenchEngine, Double>> best = bestDurablePeer(m, engines);
        if (s.isEmpty() || best.isEmpty() || s.get().median() == 0 || best.get().getValue() == 0) {
            return Optional.empty();
        }
        return Optional.of(m.ratio(s.get().median(), best.get().getValue()));
    }
}
