package dev.aliendb.storage.pager;

import java.util.function.IntPredicate;

/** Least recently used: the victim is the evictable page whose last use is oldest. */
final class LruPolicy implements EvictionPolicy {
    private final IntLinkedSet order = new IntLinkedSet();

    @Override
    public void admitted(int page) {
        order.add(page);
    }

    @Override
    public void accessed(int page) {
        order.moveToTail(page);
    }

    @Override
    public void removed(int page) {
        order.remove(page);
    }

    @Override
    public int victim(IntPredicate evictable) {
        return order.removeFirst(evictable);
    }

    @Override
    public void resize(int capacity) {
    }

    @Override
    public String name() {
        return "lru";
    }
}
