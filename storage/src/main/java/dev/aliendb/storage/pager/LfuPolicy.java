package dev.aliendb.storage.pager;

import java.util.Comparator;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Least frequently used: the victim is the evictable page with the fewest uses since it was loaded;
 * ties go to the least recently used. Counts start again when a page is reloaded.
 */
final class LfuPolicy implements EvictionPolicy {
    private static final class Entry {
        final int page;
        long uses;
        long lastUse;

        Entry(int page) {
            this.page = page;
        }
    }

    private final HashMap<Integer, Entry> entries = new HashMap<>();
    private final TreeSet<Entry> byFrequency = new TreeSet<>(Comparator.<Entry>comparingLong(e -> e.uses)
            .thenComparingLong(e -> e.lastUse).thenComparingInt(e -> e.page));
    private long clock;

    @Override
    public void admitted(int page) {
        Entry entry = new Entry(page);
        entries.put(page, entry);
        touch(entry);
    }

    @Override
    public void accessed(int page) {
        Entry entry = entries.get(page);
        if (entry != null) {
            byFrequency.remove(entry);
            touch(entry);
        }
    }

    private void touch(Entry entry) {
        entry.uses++;
        entry.lastUse = ++clock;
        byFrequency.add(entry);
    }

    @Override
    public void removed(int page) {
        Entry entry = entries.remove(page);
        if (entry != null) {
            byFrequency.remove(entry);
        }
    }

    @Override
    public int victim(IntPredicate evictable) {
        for (Entry entry : byFrequency) {
            if (evictable.test(entry.page)) {
                removed(entry.page);
                return entry.page;
            }
        }
        return 0;
    }

    @Override
    public void resize(int capacity) {
    }

    @Override
    public String name() {
        return "lfu";
    }
}
