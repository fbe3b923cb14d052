package dev.aliendb.storage;

/**
 * How to open a {@link Store}. Immutable; use the {@code with*} methods.
 *
 * @param pageSize        page size for a new file (power of two, 512..65536); an existing file keeps its own
 * @param cacheSizePages  buffer pool budget in pages
 * @param journalMode     journal mode for a new file; an existing file keeps the one in its header unless changed
 * @param syncMode        synchronous level
 * @param evictionPolicy  "lru", "lfu" or "adaptive"
 * @param create          create the file if missing
 * @param readOnly        open read-only
 * @param busyTimeoutMillis how long {@link Store#beginWrite} waits for the writer slot
 */
public record StoreOptions(int pageSize, int cacheSizePages, JournalMode journalMode, SyncMode syncMode,
                           String evictionPolicy, boolean create, boolean readOnly, long busyTimeoutMillis) {
    public static StoreOptions defaults() {
        return new StoreOptions(4096, 2000, JournalMode.DELETE, SyncMode.FULL, "adaptive", true, false, 5000);
    }

    public StoreOptions withPageSize(int v) { return new StoreOptions(v, cacheSizePages, journalMode, syncMode, evictionPolicy, create, readOnly, busyTimeoutMillis); }
    public StoreOptions withCacheSizePages(int v) { return new StoreOptions(pageSize, v, journalMode, syncMode, evictionPolicy, create, readOnly, busyTimeoutMillis); }
    public StoreOptions withJournalMode(JournalMode v) { return new StoreOptions(pageSize, cacheSizePages, v, syncMode, evictionPolicy, create, readOnly, busyTimeoutMillis); }
    public StoreOptions withSyncMode(SyncMode v) { return new StoreOptions(pageSize, cacheSizePages, journalMode, v, evictionPolicy, create, readOnly, busyTimeoutMillis); }
    public StoreOptions withEvictionPolicy(String v) { return new StoreOptions(pageSize, cacheSizePages, journalMode, syncMode, v, create, readOnly, busyTimeoutMillis); }
    public StoreOptions withCreate(boolean v) { return new StoreOptions(pageSize, cacheSizePages, journalMode, syncMode, evictionPolicy, v, readOnly, busyTimeoutMillis); }
    public StoreOptions withReadOnly(boolean v) { return new StoreOptions(pageSize, cacheSizePages, journalMode, syncMode, evictionPolicy, create, v, busyTimeoutMillis); }
    public StoreOptions withBusyTimeoutMillis(long v) { return new StoreOptions(pageSize, cacheSizePages, journalMode, syncMode, evictionPolicy, create, readOnly, v); }
}
