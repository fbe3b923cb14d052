package dev.aliendb.bench;

import java.sql.SQLException;

/** Timing helpers shared by the workloads: untimed warm-up, then a timed run of a fixed number of operations. */
final class Measure {

    /** One operation, given its sequence number. */
    interface Op {
        void run(int i) throws SQLException;
    }

    /** A measurement that may fail. */
    interface Value {
        double get() throws Exception;
    }

    private Measure() {}

    static double opsPerSecond(int ops, Op op) throws SQLException {
        for (int i = 0; i < ops / 5; i++) {
            op.run(i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < ops; i++) {
            op.run(i);
        }
        return ops / seconds(start);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * Reports the value, or the error that stopped it, under {@code metric}; returns whether it succeeded. The
     * measurement is marked by a {@link WorkloadEvent} in a JFR recording (bench --jfr).
     */
    static boolean attempt(Sink sink, Metric metric, Value value) {
        WorkloadEvent event = new WorkloadEvent();
        event.metric = metric.name();
        event.begin();
        try {
            sink.result(metric, value.get());
            return true;
        } catch (Exception | Error e) {
            sink.error(metric, e);
            return false;
        } finally {
            event.commit();
        }
    }
}
