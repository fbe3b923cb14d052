package dev.aliendb.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Entry point of one child JVM: runs workload groups of one engine, each in its own empty directory, and
 * writes the {@link Sink} protocol to stdout. Arguments: engine id, groups (comma-separated; one group per
 * JVM for measurements, all of them in --smoke), scale, directory, workloads (comma-separated, e.g.
 * W1,W10). Any metric of a group left without an outcome when the group stops gets the error that stopped it.
 */
public final class ChildMain {

    private ChildMain() {}

    public static void main(String[] args) throws Exception {
        BenchEngine engine = BenchEngine.byId(args[0]);
        double scale = Double.parseDouble(args[2]);
        Path dir = Path.of(args[3]);
        Set<String> workloads = Set.of(args[4].split(","));
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        Sink sink = new Sink(System.out);
        for (String name : args[1].split(",")) {
            WorkloadGroup group = WorkloadGroup.valueOf(name);
            Path data = Files.createDirectories(dir.resolve(name.toLowerCase()));
            run(engine, group, group.selected(workloads), new Dataset(scale), data, sink);
        }
        System.exit(0);
    }

    private static void run(BenchEngine engine, WorkloadGroup group, List<Metric> metrics, Dataset dataset, Path data,
                            Sink sink) {
        double scale = dataset.scale();
        try {
            switch (group) {
                case LOAD -> LoadWorkload.run(engine, data, dataset, metrics, sink);
                case COMMIT -> sink.result(Metric.W2_COMMITS, CommitWorkload.run(engine, data, scale, sink));
                case QUERY -> QueryWorkload.run(engine, data, dataset, metrics, sink);
                case TPCB -> TpcbWorkload.run(engine, data, scale, sink);
                case COMMIT_SCALING -> CommitScalingWorkload.run(engine, data, scale, sink);
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            metrics.stream().filter(m -> !sink.reported(m)).forEach(m -> sink.error(m, e));
        }
    }
}
