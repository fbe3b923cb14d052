package dev.aliendb.storage.pager;

import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The commit sequence numbers of the store and the CSNs pinned by live read transactions.
 * {@code current} is the last commit applied (the base of the next write transaction); {@code visible
 * <= current} is the last commit new snapshots see: in WAL mode with synchronous=FULL a commit is appended
 * (and becomes {@code current}) before it is durable, and becomes visible only once a sync covered it
 * ({@link GroupCommit}). The {@link #horizon()} says which old page images snapshots may still read: those
 * of live snapshots, and any newer than {@code visible} (a snapshot may pin it, or a later one, at any time). A CSN is pinned atomically with reading the visible
 * one, so a commit publishing CSN c either happens before (the reader gets c) or after (the reader's older
 * CSN keeps c's pre-images alive).
 */
final class SnapshotRegistry {
    private final TreeMap<Long, Integer> live = new TreeMap<>();
    private long current;
    private long visible;

    SnapshotRegistry(long current) {
        this.current = current;
        this.visible = current;
    }

    synchronized long pin() {
        live.merge(visible, 1, Integer::sum);
        return visible;
    }

    synchronized void unpin(long csn) {
        live.computeIfPresent(csn, (k, n) -> n == 1 ? null : n - 1);
    }

    /** Read transactions currently open. */
    synchronized int pinnedCount() {
        int n = 0;
        for (int pins : live.values()) {
            n += pins;
        }
        return n;
    }

    synchronized long current() {
        return current;
    }

    /** Commit {@code csn} is applied and visible to new snapshots. */
    synchronized void advance(long csn) {
        current = csn;
        visible = csn;
    }

    /** Commit {@code csn} is applied but new snapshots do not see it yet (see {@link #reveal}). */
    synchronized void append(long csn) {
        current = csn;
    }

    /** New snapshots see every commit up to {@code csn} (at most {@code current}). */
    synchronized void reveal(long csn) {
        visible = Math.max(visible, Math.min(csn, current));
    }

    /** The CSNs pinned by live snapshots and the CSN new snapshots pin (see {@link PageVersions#prune}). */
    synchronized Horizon horizon() {
        return new Horizon(new TreeSet<>(live.keySet()), visible);
    }

    /** What old page images may still be read: by snapshots at {@code pinned}, or at {@code visible} or later. */
    record Horizon(NavigableSet<Long> pinned, long visible) {
    }
}
