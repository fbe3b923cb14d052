package dev.aliendb.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The workloads that share one child JVM: each group starts from an empty database directory. LOAD is W1
 * then W10 on its result; COMMIT is W2; QUERY loads t and u untimed, then runs W3, W4, W7, W5, W8, W6 in
 * that order (W8 and W6 need the index W5 creates); TPCB is W9; COMMIT_SCALING is W2T (not in the default set).
 */
public enum WorkloadGroup {
    LOAD(EnumSet.of(Metric.W1_ROWS, Metric.W10_SIZE, Metric.W10_RSS, Metric.W10_REOPEN)),
    COMMIT(EnumSet.of(Metric.W2_COMMITS)),
    QUERY(EnumSet.of(Metric.W3_OPS, Metric.W4_OPS, Metric.W5_INDEX_SECONDS, Metric.W5_OPS, Metric.W6_UPDATES,
            Metric.W7_SECONDS, Metric.W8_OPS)),
    TPCB(EnumSet.of(Metric.W9_TPS, Metric.W9_RETRIES)),
    COMMIT_SCALING(EnumSet.range(Metric.W2T_COMMITS_1, Metric.W2T_FSYNCS_8));

    private final Set<Metric> metrics;

    WorkloadGroup(Set<Metric> metrics) {
        this.metrics = metrics;
    }

    public Set<Metric> metrics() {
        return metrics;
    }

    /** The metrics of this group that belong to the selected workloads (W1..W10). */
    public List<Metric> selected(Set<String> workloads) {
        return metrics.stream().filter(m -> workloads.contains(m.workload())).toList();
    }
}
