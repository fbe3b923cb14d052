package dev.aliendb.storage;

/**
 * One open database file: the entry point of the storage layer. Thread-safe. Any number of concurrent
 * {@link ReadTxn}s, at most one {@link WriteTxn} at a time (others wait up to the busy timeout, then get
 * a {@link StorageException} with SQLSTATE 40001 "database is busy").
 * <p>
 * Implemented by the storage issue; see {@code docs/file-format.md} for the file format.
 */
public interface Store extends AutoCloseable {
    ReadTxn beginRead() throws StorageException;

    WriteTxn beginWrite() throws StorageException;

    /**
     * Verifies every page checksum, the header, the free list, and the B-trees rooted at {@code roots}
     * (ordering, links, overflow chains, no page used twice, every page accounted for). Returns one line
     * per problem found; an empty list means the database is sound. Never throws for damage it finds.
     */
    java.util.List<String> checkIntegrity(java.util.List<TreeRoot> roots) throws StorageException;

    /** Page size, journal mode, cache counters etc. for PRAGMAs and benchmarks. */
    StoreStats stats();

    /**
     * Changes journal mode on a quiet database, persisted in the header; refused with 55006 while any read or
     * write transaction is open.
     */
    void setJournalMode(JournalMode mode) throws StorageException;

    void setSyncMode(SyncMode mode);

    /** Resizes the buffer pool budget. */
    void setCacheSizePages(int pages) throws StorageException;

    /**
     * Copies the write-ahead log back into the database file with SQLite's checkpoint meanings; outside WAL
     * mode returns {@link CheckpointResult#NOT_WAL}.
     */
    CheckpointResult checkpointWal(WalCheckpoint mode) throws StorageException;

    /** Log size (frames) past which a commit runs a checkpoint; N &lt;= 0 disables automatic checkpoints. */
    void setWalAutoCheckpoint(int frames);

    int walAutoCheckpoint();

    /** Whether new WAL frames are LZ4-compressed when that makes them smaller. */
    void setWalCompression(boolean on);

    boolean walCompression();

    @Override
    void close() throws StorageException;
}
