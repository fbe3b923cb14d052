package dev.aliendb.storage.pager;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.IntPredicate;

/** Least recently used: the victim is the evictable page whose last use is oldest. */
final class LruPolicy implements EvictionPolicy {
    private final LinkedHashMap<Integer, Boolean> order = new LinkedHashMap<>(64, 0.75f, true);

    @Override
    public void admitted(int page) {
        order.put(page, Boolean.TRUE);
    }

    @Override
    public void accessed(int page) {
        order.get(page);
    }

    @Override
    public void removed(int page) {
        order.remove(page);
    }

    @Override
    public int victim(IntPredicate evictable) {
        return takeFirst(order.keySet().iterator(), evictable);
    }

    /** Removes and returns the first evictable page of an iteration order, or 0. Shared by the policies. */
    static int takeFirst(Iterator<Integer> pages, IntPredicate evictable) {
        while (pages.hasNext()) {
            int page = pages.next();
            if (evictable.test(page)) {
                pages.remove();
                return page;
            }
        }
        return 0;
    }

    @Override
    public void resize(int capacity) {
    }

    @Override
    public String name() {
        return "lru";
    }
}
