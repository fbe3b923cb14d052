package dev.aliendb.engine.core;

import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.WriteTxn;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The write sets of recent commits of one database, by commit CSN, and the CSNs of the snapshots that
 * sessions' transactions hold, which decide how long a write set is kept.
 * <p>
 * Invariants: a writer records its write set under the CSN its commit will get (its base CSN + 1) before
 * the commit starts, while it still holds the writer slot, so any later writer validating sees it; a
 * commit that fails is forgotten again (a CSN recorded twice keeps the newer set). A transaction's
 * snapshot is pinned here (see {@link #openSnapshot}), and commit c is kept while a pinned snapshot older
 * than c exists. Every snapshot opened from now on has a CSN at least {@link #visibleFloor} (the newest
 * snapshot opened so far, or commit with rows that has returned, hence is visible), so write sets at or
 * below both are dropped: with no transaction open, the log is empty after each commit. Memory is bounded
 * by {@link #MAX_WEIGHT} row ids (each write set holds at most {@link WriteSet#ROWS_PER_TABLE} per table):
 * past it the oldest sets are dropped even if a snapshot still needs them. A CSN range with a missing set
 * (dropped, or written by a commit that did not go through the log) is reported as unknown, which
 * validation treats as a conflict: the log can make a transaction fail needlessly, never pass wrongly.
 */
final class CommitLog {
    static final int MAX_WEIGHT = 200_000;
    private final TreeMap<Long, WriteSet> commits = new TreeMap<>();
    private final TreeMap<Long, Integer> pinned = new TreeMap<>();
    private long visibleFloor = Long.MIN_VALUE;
    private long weight;

    /**
     * Opens a snapshot of {@code store} and keeps the write sets of later commits until it is released.
     * The store is not called under this log's lock: the floor is pinned first, which keeps every write set
     * the snapshot (whose CSN is at least the floor) can need, then swapped for the snapshot's own CSN.
     */
    ReadTxn openSnapshot(Store store) throws StorageException {
        long floor = pinFloor();
        ReadTxn snapshot;
        try {
            snapshot = store.beginRead();
        } catch (StorageException | RuntimeException e) {
            release(floor);
            throw e;
        }
        pin(snapshot.csn());
        release(floor);
        return snapshot;
    }

    private synchronized long pinFloor() {
        pinned.merge(visibleFloor, 1, Integer::sum);
        return visibleFloor;
    }

    private synchronized void pin(long csn) {
        pinned.merge(csn, 1, Integer::sum);
        visibleFloor = Math.max(visibleFloor, csn);
    }

    synchronized void release(long snapshotCsn) {
        pinned.computeIfPresent(snapshotCsn, (csn, n) -> n == 1 ? null : n - 1);
        prune();
    }

    /** Commits {@code writer}, whose changed rows are {@code writes}, logging them under the commit's CSN. */
    void commit(WriteTxn writer, WriteSet writes) throws StorageException {
        long csn = writer.csn() + 1;
        record(csn, writes);
        try {
            writer.commit();
        } catch (StorageException | RuntimeException e) {
            forget(csn, writes);
            throw e;
        }
        if (!writes.isEmpty()) { // rows changed, so the commit did get csn (an empty one may not have)
            visible(csn);
        }
    }

    private synchronized void visible(long csn) {
        visibleFloor = Math.max(visibleFloor, csn);
        prune();
    }

    private synchronized void record(long csn, WriteSet writes) {
        WriteSet replaced = commits.put(csn, writes);
        if (replaced != null) {
            weight -= replaced.weight();
        }
        weight += writes.weight();
        prune();
    }

    private synchronized void forget(long csn, WriteSet writes) {
        if (commits.remove(csn, writes)) {
            weight -= writes.weight();
        }
    }

    /** The union of the write sets of commits {@code after + 1 .. upTo}, or null when one is not known. */
    synchronized WriteSet since(long after, long upTo) {
        NavigableMap<Long, WriteSet> range = commits.subMap(after, false, upTo, true);
        if (range.size() != upTo - after) {
            return null;
        }
        WriteSet union = new WriteSet();
        for (WriteSet writes : range.values()) {
            union.addAll(writes);
        }
        return union;
    }

    /** Write sets retained now (for tests of the bound). */
    synchronized int retained() {
        return commits.size();
    }

    private void prune() {
        long floor = pinned.isEmpty() ? visibleFloor : Math.min(pinned.firstKey(), visibleFloor);
        while (!commits.isEmpty() && (commits.firstKey() <= floor || weight > MAX_WEIGHT)) {
            weight -= commits.pollFirstEntry().getValue().weight();
        }
    }
}
