package dev.aliendb.storage.pager;

import java.util.function.IntPredicate;

/**
 * An ordered set of positive ints (a doubly linked list over parallel arrays, indexed through an
 * {@link IntIntMap}): O(1) add at the tail, remove, move to the tail and removal of the first element
 * matching a predicate in list order. The building block of the LRU and 2Q policies; allocates nothing
 * per operation once grown. Not thread-safe.
 */
final class IntLinkedSet {
    private static final int NONE = -1;

    private final IntIntMap index = new IntIntMap(16);
    private int[] keys = new int[16];
    private int[] prev = new int[16];
    private int[] next = new int[16];
    private int head = NONE;
    private int tail = NONE;
    private int freeSlot = NONE;
    private int used;

    int size() {
        return index.size();
    }

    boolean isEmpty() {
        return index.size() == 0;
    }

    boolean contains(int key) {
        return index.get(key) != IntIntMap.MISSING;
    }

    /** Adds {@code key} at the tail; returns false if it was present (its position is unchanged). */
    boolean add(int key) {
        if (contains(key)) {
            return false;
        }
        int s = allocate();
        keys[s] = key;
        index.put(key, s);
        link(s);
        return true;
    }

    /**
     * Moves a present {@code key} to the tail; returns false if absent. A key already at the tail (a page
     * used again before any other) costs one comparison, no hash lookup.
     */
    boolean moveToTail(int key) {
        if (tail != NONE && keys[tail] == key) {
            return true;
        }
        int s = index.get(key);
        if (s == IntIntMap.MISSING) {
            return false;
        }
        if (s != tail) {
            unlink(s);
            link(s);
        }
        return true;
    }

    boolean remove(int key) {
        int s = index.remove(key);
        if (s == IntIntMap.MISSING) {
            return false;
        }
        unlink(s);
        next[s] = freeSlot;
        freeSlot = s;
        return true;
    }

    /** Removes and returns the first element (from the head) satisfying {@code test}, or 0. */
    int removeFirst(IntPredicate test) {
        for (int s = head; s != NONE; s = next[s]) {
            int key = keys[s];
            if (test.test(key)) {
                remove(key);
                return key;
            }
        }
        return 0;
    }

    private int allocate() {
        if (freeSlot != NONE) {
            int s = freeSlot;
            freeSlot = next[s];
            return s;
        }
        if (used == keys.length) {
            int n = keys.length * 2;
            keys = java.util.Arrays.copyOf(keys, n);
            prev = java.util.Arrays.copyOf(prev, n);
            next = java.util.Arrays.copyOf(next, n);
        }
        return used++;
    }

    private void link(int s) {
        prev[s] = tail;
        next[s] = NONE;
        if (tail != NONE) {
            next[tail] = s;
        } else {
            head = s;
        }
        tail = s;
    }

    private void unlink(int s) {
        if (prev[s] != NONE) {
            next[prev[s]] = next[s];
        } else {
            head = next[s];
        }
        if (next[s] != NONE) {
            prev[next[s]] = prev[s];
        } else {
            tail = prev[s];
        }
    }
}
