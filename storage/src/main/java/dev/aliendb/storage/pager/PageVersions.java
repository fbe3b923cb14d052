package dev.aliendb.storage.pager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Old committed page images kept for snapshots. An entry (page, upTo, image) says: every snapshot with
 * CSN &lt; upTo sees {@code image} for that page, unless an entry with a smaller upTo (still &gt; its CSN)
 * exists. Entries of one page are kept in ascending upTo order. Guarded by the pool's lock.
 */
final class PageVersions {
    private record Version(long upTo, byte[] image) {
    }

    private final Map<Integer, List<Version>> byPage = new HashMap<>();
    private int count;

    void add(int page, long upTo, byte[] image) {
        byPage.computeIfAbsent(page, p -> new ArrayList<>(2)).add(new Version(upTo, image));
        count++;
    }

    /** The image a snapshot at {@code csn} sees, or null when it sees the current committed page. */
    byte[] find(int page, long csn) {
        if (count == 0) {
            return null;
        }
        List<Version> versions = byPage.get(page);
        if (versions != null) {
            for (Version v : versions) {
                if (v.upTo > csn) {
                    return v.image;
                }
            }
        }
        return null;
    }

    /**
     * Drops every entry no snapshot can read: an entry is kept if it is newer than {@code visible} (new
     * snapshots pin {@code visible} or later), or if it is the one some pinned snapshot sees, i.e. a pinned CSN
     * lies in [upTo of the page's previous entry, its upTo). So however long a reader lives, a page keeps at
     * most one image per pinned snapshot plus those of commits not yet visible.
     */
    void prune(SnapshotRegistry.Horizon horizon) {
        if (count == 0) {
            return;
        }
        for (Iterator<List<Version>> it = byPage.values().iterator(); it.hasNext(); ) {
            List<Version> versions = it.next();
            long previous = Long.MIN_VALUE;
            for (Iterator<Version> v = versions.iterator(); v.hasNext(); ) {
                Version version = v.next();
                Long reader = horizon.pinned().ceiling(previous);
                boolean needed = version.upTo > horizon.visible() || reader != null && reader < version.upTo;
                previous = version.upTo;
                if (!needed) {
                    v.remove();
                    count--;
                }
            }
            if (versions.isEmpty()) {
                it.remove();
            }
        }
    }

    /** Drops the entries a failed commit {@code upTo} had added. */
    void discard(long upTo) {
        removeIf(v -> v.upTo == upTo);
    }

    int size() {
        return count;
    }

    private void removeIf(java.util.function.Predicate<Version> dead) {
        if (count == 0) {
            return;
        }
        for (Iterator<List<Version>> it = byPage.values().iterator(); it.hasNext(); ) {
            List<Version> versions = it.next();
            int before = versions.size();
            versions.removeIf(dead);
            count -= before - versions.size();
            if (versions.isEmpty()) {
                it.remove();
            }
        }
    }
}
