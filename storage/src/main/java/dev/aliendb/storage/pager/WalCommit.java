package dev.aliendb.storage.pager;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.wal.Wal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The append of one commit in WAL mode (under the commit lock); a state machine like {@link CommitSequence}
 * that enforces:
 * <ol>
 * <li>the pre-image of every overwritten page is in the version store before anything is published, so
 *     snapshots older than this commit keep reading the old images;</li>
 * <li>all frames of the commit are written to the log, the last marked as the commit, before anything is
 *     published; the database file is not touched (checkpoints copy);</li>
 * <li>the log index and the cached pages are published together under the pool's lock, after which the
 *     store advances the CSN; making the frames durable is not this class's job: synchronous=FULL/EXTRA
 *     commits wait for a {@link GroupCommit} sync after the commit lock is released, and no snapshot sees
 *     the commit before that;</li>
 * <li>a failed write publishes nothing (the next commit overwrites the frames, and recovery rejects any
 *     left behind because they end without a commit frame or break the CRC chain) and keeps the store
 *     usable.</li>
 * </ol>
 */
final class WalCommit {
    private enum Phase { STARTED, PRE_IMAGES_KEPT, LOGGED, PUBLISHED, FAILED }

    private final Wal wal;
    private final BufferPool pool;
    private final TreeMap<Integer, Frame> pages;
    private final TreeMap<Integer, byte[]> originals;
    private final int pageSize;
    private final int pageCountAfter;
    private final long csn;
    private Phase phase = Phase.STARTED;

    WalCommit(Wal wal, BufferPool pool, TreeMap<Integer, Frame> pages, TreeMap<Integer, byte[]> originals,
              int pageSize, int pageCountAfter, long csn) {
        this.wal = wal;
        this.pool = pool;
        this.pages = pages;
        this.originals = originals;
        this.pageSize = pageSize;
        this.pageCountAfter = pageCountAfter;
        this.csn = csn;
    }

    void run() throws CommitSequence.Failure {
        step(Phase.STARTED, Phase.PRE_IMAGES_KEPT);
        for (Map.Entry<Integer, byte[]> e : originals.entrySet()) {
            if (pages.containsKey(e.getKey())) {
                pool.preserve(e.getKey(), csn, e.getValue());
            }
        }
        step(Phase.PRE_IMAGES_KEPT, Phase.LOGGED);
        List<Map.Entry<Integer, ByteBuffer>> frames = new ArrayList<>(pages.size());
        for (Frame frame : pages.values()) {
            PageChecksum.seal(frame.page, frame.data, pageSize);
            frames.add(Map.entry(frame.page, frame.data));
        }
        try {
            wal.write(frames, pageCountAfter);
        } catch (StorageException | RuntimeException e) {
            phase = Phase.FAILED;
            pool.discardVersions(csn);
            StorageException cause = e instanceof StorageException se ? se : new StorageException("58030", "commit failed: " + e, e);
            throw new CommitSequence.Failure(CommitSequence.Outcome.USABLE, cause);
        }
        step(Phase.LOGGED, Phase.PUBLISHED);
        pool.exclusive(() -> {
            wal.publish();
            for (Frame frame : pages.values()) {
                pool.publish(frame);
            }
        });
    }

    private void step(Phase expected, Phase next) {
        if (phase != expected) {
            throw new IllegalStateException("WAL commit step " + next + " attempted in phase " + phase + " (requires " + expected + ")");
        }
        phase = next;
    }
}
