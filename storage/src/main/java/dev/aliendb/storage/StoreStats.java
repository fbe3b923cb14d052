package dev.aliendb.storage;

/** A point-in-time view of a {@link Store}'s settings and counters. */
public record StoreStats(int pageSize, int pageCount, int freePages, JournalMode journalMode, SyncMode syncMode,
                         int cacheSizePages, String evictionPolicy, long cacheHits, long cacheMisses,
                         long pagesRead, long pagesWritten, long syncs, long lastCommitCsn) {
}
