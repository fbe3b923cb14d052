package dev.aliendb.storage.pager;

import dev.aliendb.storage.StorageException;
import java.util.function.IntPredicate;

/**
 * Decides which cached page the {@link BufferPool} gives up when it needs a frame. The pool tells the
 * policy about every miss ({@link #admitted}), hit ({@link #accessed}) and removal for another reason
 * ({@link #removed}); the policy only names victims among pages the pool says are evictable (unpinned,
 * clean). Not thread-safe: the pool calls it under its own lock.
 */
public interface EvictionPolicy {
    /** A page was loaded into the cache after a miss. */
    void admitted(int page);

    /** A cached page was used again. */
    void accessed(int page);

    /** A page left the cache other than by {@link #victim} (e.g. replaced by a commit). */
    void removed(int page);

    /** Chooses and forgets a cached page satisfying {@code evictable}; returns 0 if there is none. */
    int victim(IntPredicate evictable);

    /** The cache budget changed. */
    void resize(int capacity);

    /** "lru", "lfu" or "adaptive". */
    String name();

    /** Creates the policy named by PRAGMA / {@code StoreOptions.evictionPolicy}. */
    static EvictionPolicy named(String name, int capacity) throws StorageException {
        switch (name == null ? "" : name.toLowerCase(java.util.Locale.ROOT)) {
            case "lru":
                return new LruPolicy();
            case "lfu":
                return new LfuPolicy();
            case "adaptive":
            case "2q":
                return new TwoQueuePolicy(capacity);
            default:
                throw new StorageException("22023", "unknown eviction policy '" + name + "' (expected lru, lfu or adaptive)");
        }
    }
}
