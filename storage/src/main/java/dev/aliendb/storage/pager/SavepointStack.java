package dev.aliendb.storage.pager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Savepoints of a write transaction: per level, the image each page had when the level began, captured
 * on the first change of the page within that level (copy-on-first-write; {@link #ABSENT} when the page
 * had no private copy yet, i.e. it still equalled the committed page). Meta slots live in page 1, so they
 * are covered like any page.
 * <p>
 * Invariant: for every page changed since level k began, some level j &gt;= k holds its image as of the
 * start of the lowest such level; so rolling back to k restores, from the top level down to k, each
 * captured image (a lower level's image overrides a higher one's).
 */
final class SavepointStack {
    /** Marker: the page had no private copy at the savepoint. */
    static final byte[] ABSENT = new byte[0];

    private final List<Map<Integer, byte[]>> levels = new ArrayList<>();

    /** Opens a level; returns its number (1-based). */
    int push() {
        levels.add(new HashMap<>());
        return levels.size();
    }

    int depth() {
        return levels.size();
    }

    /** Whether the top level still needs the pre-change image of {@code page}. */
    boolean needsCapture(int page) {
        return !levels.isEmpty() && !levels.get(levels.size() - 1).containsKey(page);
    }

    /** Records {@code image} (or {@link #ABSENT}) for {@code page} in the top level. */
    void capture(int page, byte[] image) {
        levels.get(levels.size() - 1).put(page, image);
    }

    /**
     * The images to restore to get back to the start of {@code level} (page -&gt; image or ABSENT); the level
     * stays open and empty, inner levels are gone.
     */
    Map<Integer, byte[]> rollbackTo(int level) {
        Map<Integer, byte[]> restore = new HashMap<>();
        for (int i = levels.size() - 1; i >= level - 1; i--) {
            restore.putAll(levels.get(i));
        }
        while (levels.size() > level) {
            levels.remove(levels.size() - 1);
        }
        levels.get(level - 1).clear();
        return restore;
    }

    /** Forgets {@code level} and the inner ones; their images move to the enclosing level if it needs them. */
    void release(int level) {
        Map<Integer, byte[]> outer = level >= 2 ? levels.get(level - 2) : null;
        if (outer != null) {
            for (int i = level - 1; i < levels.size(); i++) {
                for (Map.Entry<Integer, byte[]> e : levels.get(i).entrySet()) {
                    outer.putIfAbsent(e.getKey(), e.getValue());
                }
            }
        }
        while (levels.size() >= level) {
            levels.remove(levels.size() - 1);
        }
    }
}
