package dev.aliendb.storage.pager;

import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreOptions;
import dev.aliendb.storage.Stores;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.vfs.FileVfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measurement (not a test): durable commits per second and log syncs per commit in WAL mode on a real file,
 * with 1, 2, 4 and 8 threads each committing small transactions (one page changed) through the one writer
 * slot, for synchronous FULL (group commit) and NORMAL. Run with
 * {@code java -cp <storage classes, test classes, lz4> dev.aliendb.storage.pager.GroupCommitBench [dir] [seconds]}.
 */
public final class GroupCommitBench {
    private GroupCommitBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory(Path.of(args.length > 0 ? args[0] : "/tmp"), "groupcommit");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        System.out.println("sync    threads  commits/s  fsyncs/commit");
        for (SyncMode sync : List.of(SyncMode.FULL, SyncMode.NORMAL)) {
            for (int threads : new int[] {1, 2, 4, 8}) {
                run(dir.resolve(sync + "-" + threads + ".db").toString(), sync, threads, seconds);
            }
        }
    }

    private static void run(String path, SyncMode sync, int threads, double seconds) throws Exception {
        try (Store store = Stores.open(new FileVfs(), path, StoreOptions.defaults().withJournalMode(JournalMode.WAL)
                .withSyncMode(sync).withBusyTimeoutMillis(60_000))) {
            int[] pages = new int[threads];
            try (WriteTxn w = store.beginWrite()) {
                for (int t = 0; t < threads; t++) {
                    pages[t] = PagerStoreTest.allocateWith(w, 0);
                }
                w.commit();
            }
            AtomicLong commits = new AtomicLong();
            long syncsBefore = store.stats().syncs();
            long end = System.nanoTime() + (long) (seconds * 1e9);
            long start = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int page = pages[t];
                Thread worker = new Thread(() -> {
                    try {
                        for (int i = 1; System.nanoTime() < end; i++) {
                            try (WriteTxn w = store.beginWrite()) {
                                PagerStoreTest.overwrite(w, page, i);
                                w.commit();
                            }
                            commits.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long syncs = store.stats().syncs() - syncsBefore;
            System.out.printf("%-7s %7d  %9.0f  %13.3f%n", sync, threads, commits.get() / elapsed, (double) syncs / commits.get());
        }
    }
}
