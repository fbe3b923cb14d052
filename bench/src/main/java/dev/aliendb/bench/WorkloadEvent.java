package dev.aliendb.bench;

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * A JFR event spanning one measured metric of a child JVM (warm-up included), so that {@link JfrTop} can
 * attribute execution samples to the workload that was running. Costs nothing when no recording is active.
 */
@Name(WorkloadEvent.NAME)
@Label("Bench workload")
@Category("AlienDB")
final class WorkloadEvent extends Event {
    static final String NAME = "dev.aliendb.bench.Workload";

    @Label("Metric")
    String metric;
}
