package dev.aliendb.bench;

import dev.aliendb.jdbc.AlienDbConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Counts the fsyncs an engine issues (W2T), never estimates them. AlienDB: its storage layer counts every
 * sync of the database, journal and log files ({@link AlienDbConnection#storeStats()}). SQLite: only in the
 * optional strace mode, environment variable {@code BENCH_STRACE=1} with {@code strace} on the PATH: the child
 * JVM of a SQLite engine then runs under {@code strace -f --seccomp-bpf -e trace=fsync,fdatasync}, which stops
 * the process only at those two calls and logs one line each; the count is the number of such lines. Without
 * it (and for other engines) the count is not measured: {@link #count()} returns -1.
 */
final class FsyncCounter {
    static final String STRACE_FILE = "fsyncs.strace";

    private final Connection alien;
    private final Path straceLog;

    private FsyncCounter(Connection alien, Path straceLog) {
        this.alien = alien;
        this.straceLog = straceLog;
    }

    /** The command prefix that runs a child under strace in the optional mode, else nothing. */
    static List<String> straceCommand(BenchEngine engine, Path childDir) {
        boolean sqlite = engine == BenchEngine.SQLITE_WAL || engine == BenchEngine.SQLITE_DELETE;
        if (!sqlite || System.getenv("BENCH_STRACE") == null || !onPath("strace")) {
            return List.of();
        }
        return List.of("strace", "-f", "--seccomp-bpf", "-qq", "-e", "trace=fsync,fdatasync", "-o",
                childDir.resolve(STRACE_FILE).toString());
    }

    /** The counter for {@code engine}; {@code c} is a connection kept open meanwhile, {@code data} the workload's directory. */
    static FsyncCounter of(BenchEngine engine, Connection c, Path data) {
        if (engine.alien()) {
            return new FsyncCounter(c, null);
        }
        Path log = data.toAbsolutePath().getParent().resolve(STRACE_FILE);
        return new FsyncCounter(null, Files.exists(log) ? log : null);
    }

    /** Fsyncs so far, or -1 when not measured. */
    long count() throws SQLException {
        if (alien != null) {
            return alien.unwrap(AlienDbConnection.class).storeStats().syncs();
        }
        if (straceLog == null) {
            return -1;
        }
        try (Stream<String> lines = Files.lines(straceLog)) {
            return lines.filter(l -> l.contains("fsync(") || l.contains("fdatasync(")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
