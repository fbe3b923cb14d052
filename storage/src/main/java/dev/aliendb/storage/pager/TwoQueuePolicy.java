package dev.aliendb.storage.pager;

import java.util.function.IntPredicate;

/**
 * The scan-resistant "adaptive" policy: full 2Q (Johnson and Shasha, VLDB 1994). A page seen for the
 * first time enters the FIFO {@code a1in} (about a quarter of the cache); when it falls out, only its
 * number is remembered in the ghost FIFO {@code a1out} (half the cache). A page referenced again while
 * its ghost is remembered is hot and enters the LRU {@code am}. A long scan therefore only cycles through
 * {@code a1in} and cannot flush the hot pages in {@code am}.
 */
final class TwoQueuePolicy implements EvictionPolicy {
    private final IntLinkedSet a1in = new IntLinkedSet();
    private final IntLinkedSet a1out = new IntLinkedSet();
    private final IntLinkedSet am = new IntLinkedSet();
    private int inLimit;
    private int outLimit;

    TwoQueuePolicy(int capacity) {
        resize(capacity);
    }

    @Override
    public void resize(int capacity) {
        inLimit = Math.max(1, capacity / 4);
        outLimit = Math.max(1, capacity / 2);
    }

    @Override
    public void admitted(int page) {
        if (a1out.remove(page)) {
            am.add(page);
        } else {
            a1in.add(page);
        }
    }

    @Override
    public void accessed(int page) {
        am.moveToTail(page);
    }

    @Override
    public void removed(int page) {
        a1in.remove(page);
        am.remove(page);
    }

    @Override
    public int victim(IntPredicate evictable) {
        if (a1in.size() > inLimit || am.isEmpty()) {
            int page = a1in.removeFirst(evictable);
            if (page != 0) {
                remember(page);
                return page;
            }
        }
        int page = am.removeFirst(evictable);
        if (page != 0) {
            return page;
        }
        page = a1in.removeFirst(evictable);
        if (page != 0) {
            remember(page);
        }
        return page;
    }

    private void remember(int page) {
        a1out.add(page);
        if (a1out.size() > outLimit) {
            a1out.removeFirst(p -> true);
        }
    }

    @Override
    public String name() {
        return "adaptive";
    }
}
