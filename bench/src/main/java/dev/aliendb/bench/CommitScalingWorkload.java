package dev.aliendb.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * W2T, commit scaling: for 1, 2, 4 and 8 threads in turn, each thread with its own connection (statement
 * prepared before the clock starts) runs single-row autocommit INSERTs into one shared table for a fixed
 * time. Reports durable commits/s per thread count, and fsyncs per commit counted by {@link FsyncCounter}
 * over the same window (reported as NaN, "not measured", where they cannot be counted). Any error stops it.
 */
final class CommitScalingWorkload {
    static final int[] THREADS = {1, 2, 4, 8};
    private static final Metric[] COMMITS = {Metric.W2T_COMMITS_1, Metric.W2T_COMMITS_2, Metric.W2T_COMMITS_4,
            Metric.W2T_COMMITS_8};
    private static final Metric[] FSYNCS = {Metric.W2T_FSYNCS_1, Metric.W2T_FSYNCS_2, Metric.W2T_FSYNCS_4,
            Metric.W2T_FSYNCS_8};

    private CommitScalingWorkload() {}

    /** Seconds per thread count: 5 at scale 1, at least 1. */
    static double seconds(double scale) {
        return Math.max(1.0, Math.min(5.0, 5 * scale));
    }

    static void run(BenchEngine engine, Path data, double scale, Sink sink) throws Exception {
        Connection setup = engine.open(data);
        sink.info("settings", engine.reportedSettings(setup));
        try (Statement s = setup.createStatement()) {
            s.execute("CREATE TABLE w2t(id INTEGER PRIMARY KEY, thread INTEGER, v VARCHAR(60))");
        }
        FsyncCounter fsyncs = FsyncCounter.of(engine, setup, data);
        AtomicLong ids = new AtomicLong();
        for (int i = 0; i < THREADS.length; i++) {
            long syncsBefore = fsyncs.count();
            long[] commitsAndNanos = runThreads(engine, data, THREADS[i], seconds(scale), ids);
            long syncs = fsyncs.count() - syncsBefore;
            long commits = commitsAndNanos[0];
            sink.result(COMMITS[i], commits / (commitsAndNanos[1] / 1e9));
            sink.result(FSYNCS[i], syncsBefore < 0 || commits == 0 ? Double.NaN : (double) syncs / commits);
        }
        engine.closeLast(setup, data);
    }

    /** Runs {@code threads} committers for {@code seconds}; returns {commits, elapsed nanoseconds}. */
    private static long[] runThreads(BenchEngine engine, Path data, int threads, double seconds, AtomicLong ids)
            throws Exception {
        AtomicLong commits = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(new Thread(() -> {
                try (Connection c = engine.open(data);
                     PreparedStatement insert = c.prepareStatement("INSERT INTO w2t(id, thread, v) VALUES (?, ?, ?)")) {
                    ready.countDown();
                    go.await();
                    while (System.nanoTime() < deadline[0] && failure.get() == null) {
                        long id = ids.incrementAndGet();
                        insert.setLong(1, id);
                        insert.setInt(2, thread);
                        insert.setString(3, Dataset.text((int) (id % 1_000_000), 60));
                        insert.executeUpdate();
                        commits.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    ready.countDown();
                }
            }, "w2t-" + t));
        }
        workers.forEach(Thread::start);
        ready.await();
        long start = System.nanoTime();
        deadline[0] = start + (long) (seconds * 1e9);
        go.countDown();
        for (Thread w : workers) {
            w.join();
        }
        long elapsed = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("W2T stopped with " + threads + " thread(s): " + Sink.describe(failure.get()),
                    failure.get());
        }
        return new long[] {commits.get(), elapsed};
    }
}
