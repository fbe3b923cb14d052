package dev.aliendb.storage.pager;

import java.util.TreeMap;

/**
 * The current commit sequence number and the CSNs pinned by live read transactions. {@link #oldest()}
 * is the smallest CSN any snapshot may still read at; old page images with {@code upTo <= oldest()} are
 * garbage. A CSN is pinned atomically with reading the current one, so a commit publishing CSN c either
 * happens before (the reader gets c) or after (the reader's c-1 keeps c's pre-images alive).
 */
final class SnapshotRegistry {
    private final TreeMap<Long, Integer> live = new TreeMap<>();
    private long current;

    SnapshotRegistry(long current) {
        this.current = current;
    }

    synchronized long pin() {
        live.merge(current, 1, Integer::sum);
        return current;
    }

    synchronized void unpin(long csn) {
        live.computeIfPresent(csn, (k, n) -> n == 1 ? null : n - 1);
    }

    synchronized long current() {
        return current;
    }

    synchronized void advance(long csn) {
        current = csn;
    }

    synchronized long oldest() {
        return live.isEmpty() ? current : Math.min(live.firstKey(), current);
    }
}
