package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aliendb.storage.StorageException;
import org.junit.jupiter.api.Test;

class EvictionPolicyTest {
    private static final int CAPACITY = 8;

    private static EvictionPolicy policy(String name, int... pages) throws StorageException {
        EvictionPolicy p = EvictionPolicy.named(name, CAPACITY);
        for (int page : pages) {
            p.admitted(page);
        }
        return p;
    }

    @Test
    void lruEvictsTheLeastRecentlyUsed() throws Exception {
        EvictionPolicy lru = policy("lru", 1, 2, 3);
        lru.accessed(1);
        assertEquals(2, lru.victim(p -> true));
        assertEquals(3, lru.victim(p -> true));
        assertEquals(1, lru.victim(p -> true));
        assertEquals(0, lru.victim(p -> true));
    }

    @Test
    void lfuEvictsTheLeastFrequentlyUsedThenTheOldest() throws Exception {
        EvictionPolicy lfu = policy("lfu", 1, 2, 3);
        lfu.accessed(1);
        lfu.accessed(1);
        lfu.accessed(3);
        assertEquals(2, lfu.victim(p -> true));
        assertEquals(3, lfu.victim(p -> true));
        assertEquals(1, lfu.victim(p -> true));
    }

    @Test
    void victimsRespectTheEvictablePredicate() throws Exception {
        for (String name : new String[] {"lru", "lfu", "adaptive"}) {
            EvictionPolicy p = policy(name, 1, 2, 3);
            assertEquals(3, p.victim(page -> page == 3), name);
            assertEquals(0, p.victim(page -> page == 3), name);
            p.removed(1);
            assertEquals(2, p.victim(page -> true), name);
        }
    }

    @Test
    void adaptivePromotesPagesSeenAgainAfterLeavingTheProbationQueue() throws Exception {
        EvictionPolicy q = policy("adaptive", 1, 2, 3, 4);
        // probation FIFO holds 2 (capacity / 4): it gives up its oldest first
        assertEquals(1, q.victim(p -> true));
        q.admitted(1); // remembered ghost -> hot queue
        for (int page = 10; page < 20; page++) {
            q.admitted(page);
            assertEquals(page == 10 ? 2 : page == 11 ? 3 : page == 12 ? 4 : page - 3, q.victim(p -> true));
        }
        assertEquals(17, q.victim(p -> true));
    }

    @Test
    void unknownPolicyIsRejected() {
        assertEquals("22023", assertThrows(StorageException.class, () -> EvictionPolicy.named("fifo", 4)).sqlState());
    }
}
