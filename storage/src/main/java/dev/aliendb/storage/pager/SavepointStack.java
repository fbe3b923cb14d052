package dev.aliendb.storage.pager;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Savepoints of a write transaction: per level, the image each page had when the level began, captured
 * on the first change of the page within that level (copy-on-first-write; {@link #ABSENT} when the page
 * had no private copy yet, i.e. it still equalled the committed page). Meta slots live in page 1, so they
 * are covered like any page.
 * <p>
 * Invariant: for every page changed since level k began, some level j &gt;= k holds its image as of the
 * start of the lowest such level; so rolling back to k restores, for each page, the image of the lowest
 * level &gt;= k that captured it.
 * <p>
 * Images no level needs any more (a released or rolled-back level's, or one an enclosing level already has)
 * are kept as spares and reused by later captures, so a transaction running one statement savepoint per
 * row allocates no page copies after its first statements (and copies into memory that is still cached).
 * Lookups use {@link IntIntMap}: nothing is boxed on the write path.
 */
final class SavepointStack {
    /** Marker: the page had no private copy at the savepoint. */
    static final byte[] ABSENT = new byte[0];
    /** Spare images kept for reuse; beyond this they are left to the garbage collector. */
    private static final int MAX_SPARES = 64;

    /** Receives the images a rollback restores. */
    interface Restorer {
        /** Puts {@code image} (or {@link #ABSENT}: drop the private copy) back as page {@code page}. */
        void restore(int page, byte[] image);
    }

    /** One savepoint level: captured pages in capture order, and page -&gt; position in that order. */
    private static final class Level {
        final IntIntMap positions = new IntIntMap(16);
        final List<byte[]> images = new ArrayList<>();
        int[] pages = new int[16];

        void add(int page, byte[] image) {
            int n = images.size();
            if (n == pages.length) {
                pages = java.util.Arrays.copyOf(pages, n * 2);
            }
            pages[n] = page;
            positions.put(page, n);
            images.add(image);
        }
    }

    private final List<Level> levels = new ArrayList<>();
    private final ArrayDeque<byte[]> spares = new ArrayDeque<>();

    /** Opens a level; returns its number (1-based). */
    int push() {
        levels.add(new Level());
        return levels.size();
    }

    int depth() {
        return levels.size();
    }

    /** Whether the top level still needs the pre-change image of {@code page}. */
    boolean needsCapture(int page) {
        return !levels.isEmpty() && levels.get(levels.size() - 1).positions.get(page) == IntIntMap.MISSING;
    }

    /** Records that {@code page} had no private copy when the top level began. */
    void captureAbsent(int page) {
        top().add(page, ABSENT);
    }

    /** Records the current content of {@code page} (its full image, {@code length} bytes of {@code src}). */
    void capture(int page, byte[] src, int offset, int length) {
        byte[] image = spares.poll();
        if (image == null || image.length != length) {
            image = new byte[length];
        }
        System.arraycopy(src, offset, image, 0, length);
        top().add(page, image);
    }

    /**
     * Restores the state at the start of {@code level} through {@code restorer} (each page once, with the
     * image of the lowest level that has it); the level stays open and empty, inner levels are gone.
     */
    void rollbackTo(int level, Restorer restorer) {
        IntIntMap restored = new IntIntMap(16);
        for (int i = level - 1; i < levels.size(); i++) {
            Level l = levels.get(i);
            for (int j = 0; j < l.images.size(); j++) {
                if (restored.put(l.pages[j], 0) == IntIntMap.MISSING) {
                    restorer.restore(l.pages[j], l.images.get(j));
                }
            }
        }
        for (int i = levels.size() - 1; i >= level - 1; i--) {
            recycle(levels.get(i));
        }
        while (levels.size() > level) {
            levels.remove(levels.size() - 1);
        }
        levels.set(level - 1, new Level());
    }

    /** Forgets {@code level} and the inner ones; their images move to the enclosing level if it needs them. */
    void release(int level) {
        Level outer = level >= 2 ? levels.get(level - 2) : null;
        for (int i = level - 1; i < levels.size(); i++) {
            Level l = levels.get(i);
            for (int j = 0; j < l.images.size(); j++) {
                byte[] image = l.images.get(j);
                if (outer != null && outer.positions.get(l.pages[j]) == IntIntMap.MISSING) {
                    outer.add(l.pages[j], image);
                } else {
                    spare(image);
                }
            }
        }
        while (levels.size() >= level) {
            levels.remove(levels.size() - 1);
        }
    }

    private Level top() {
        return levels.get(levels.size() - 1);
    }

    private void recycle(Level level) {
        for (byte[] image : level.images) {
            spare(image);
        }
    }

    private void spare(byte[] image) {
        if (image != ABSENT && spares.size() < MAX_SPARES) {
            spares.push(image);
        }
    }
}
