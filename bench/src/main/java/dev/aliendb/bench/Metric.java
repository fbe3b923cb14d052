package dev.aliendb.bench;

/**
 * A measured quantity of a workload. {@code higherIsBetter} decides how ratios are formed: a ratio above 1
 * always means the engine did better than the reference.
 */
public enum Metric {
    W1_ROWS("W1", "bulk load", "rows/s", true),
    W2_COMMITS("W2", "durable autocommit inserts", "commits/s", true),
    W3_OPS("W3", "point select", "ops/s", true),
    W4_OPS("W4", "range aggregate", "ops/s", true),
    W5_INDEX_SECONDS("W5", "CREATE INDEX", "s", false),
    W5_OPS("W5", "indexed select", "ops/s", true),
    W6_UPDATES("W6", "update by key", "updates/s", true),
    W7_SECONDS("W7", "GROUP BY scan", "s", false),
    W8_OPS("W8", "join", "ops/s", true),
    W9_TPS("W9", "4-thread TPC-B-like", "tx/s", true),
    W9_RETRIES("W9", "retries", "per 1,000 tx", false),
    W10_SIZE("W10", "size on disk", "MiB", false),
    W10_RSS("W10", "peak RSS", "MiB", false),
    W10_REOPEN("W10", "reopen", "s", false),
    W2T_COMMITS_1("W2T", "1 committing thread", "commits/s", true),
    W2T_COMMITS_2("W2T", "2 committing threads", "commits/s", true),
    W2T_COMMITS_4("W2T", "4 committing threads", "commits/s", true),
    W2T_COMMITS_8("W2T", "8 committing threads", "commits/s", true),
    W2T_FSYNCS_1("W2T", "1 committing thread", "fsyncs per commit", false),
    W2T_FSYNCS_2("W2T", "2 committing threads", "fsyncs per commit", false),
    W2T_FSYNCS_4("W2T", "4 committing threads", "fsyncs per commit", false),
    W2T_FSYNCS_8("W2T", "8 committing threads", "fsyncs per commit", false);

    private final String workload;
    private final String what;
    private final String unit;
    private final boolean higherIsBetter;

    Metric(String workload, String what, String unit, boolean higherIsBetter) {
        this.workload = workload;
        this.what = what;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public String workload() {
        return workload;
    }

    public String label() {
        return workload + " " + what + ", " + unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Whether engines are ranked on it (ratios, chart); retries and fsync counts only explain throughput. */
    public boolean ranked() {
        return this != W9_RETRIES && !name().startsWith("W2T_FSYNCS");
    }

    /** How many times better {@code value} is than {@code reference} (above 1 = better). */
    public double ratio(double value, double reference) {
        return higherIsBetter ? value / reference : reference / value;
    }
}
