package dev.aliendb.sqllogictest;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs scripts one after another, each on a fresh database of the engine and in its own worker thread.
 * A file that does not return within its limit plus a grace period (a driver ignoring cancellation) is
 * marked {@link FileResult.Status#HUNG} and abandoned (its daemon thread and connection are left behind);
 * the run goes on. Once the budget is spent no further file starts.
 */
public final class SuiteRunner {

    private static final long GRACE_MILLIS = 10_000;

    private final Engine engine;
    private final Limits limits;

    public SuiteRunner(Engine engine, Limits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    public SuiteResult run(List<String> files, Consumer<FileResult> progress) {
        long start = System.nanoTime();
        long budgetEnd = limits.budgetSeconds() == 0 ? Long.MAX_VALUE
                : start + TimeUnit.SECONDS.toNanos(limits.budgetSeconds());
        List<FileResult> results = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        try (Watchdog watchdog = new Watchdog()) {
            for (int i = 0; i < files.size(); i++) {
                if (System.nanoTime() >= budgetEnd) {
                    notRun.addAll(files.subList(i, files.size()));
                    break;
                }
                FileResult result = runFile(files.get(i), i, watchdog, Math.min(
                        budgetEnd - System.nanoTime(), TimeUnit.SECONDS.toNanos(limits.fileSeconds())));
                results.add(result);
                progress.accept(result);
            }
        }
        return new SuiteResult(engine, limits, List.copyOf(results), List.copyOf(notRun),
                (System.nanoTime() - start) / 1e9);
    }

    private FileResult runFile(String file, int number, Watchdog watchdog, long allowedNanos) {
        FileResult result = new FileResult(file);
        long start = System.nanoTime();
        FutureTask<FileResult.Status> task = new FutureTask<>(() -> execute(file, number, watchdog, result,
                start + allowedNanos));
        Thread worker = new Thread(task, "slt-" + file);
        worker.setDaemon(true);
        worker.start();
        FileResult.Status status;
        try {
            status = task.get(TimeUnit.NANOSECONDS.toMillis(allowedNanos) + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            status = FileResult.Status.HUNG;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = FileResult.Status.HUNG;
        } catch (ExecutionException e) {
            throw new IllegalStateException("runner failed on " + file, e.getCause());
        }
        result.end(status, (System.nanoTime() - start) / 1e9);
        return result;
    }

    private FileResult.Status execute(String file, int number, Watchdog watchdog, FileResult result, long deadline)
            throws IOException {
        SltParser.Script script;
        try (BufferedReader reader = TestFiles.open(file)) {
            script = new SltParser(engine.databaseName()).parse(reader);
        }
        Connection connection;
        try {
            connection = engine.open(number);
        } catch (SQLException e) {
            result.fail(new SltRecord.Statement(0, "", false), "(connect " + engine.url(number) + ")",
                    "cannot open database: " + ErrorCauses.of(e), String.valueOf(e.getMessage()));
            return FileResult.Status.NOT_OPENED;
        }
        try {
            return new FileRunner(connection, watchdog, limits.statementSeconds(), result).run(script.records(), deadline,
                    limits.maxRecordsPerFile());
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // the file's outcome is recorded; a failing close of a throw-away database changes nothing
            }
        }
    }
}
