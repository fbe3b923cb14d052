package dev.aliendb.storage;

import dev.aliendb.storage.page.PageAccess;

/**
 * A read transaction: a consistent snapshot of the database as of the commit (CSN) current when it began.
 * Commits made after it began are invisible to it; it never blocks a writer. Must be closed.
 */
public interface ReadTxn extends AutoCloseable {
    /** Commit sequence number of the snapshot. */
    long csn();

    /** Page view of the snapshot (the B-tree layer opens trees on it). */
    PageAccess pages();

    long meta(MetaSlot slot) throws StorageException;

    /** Ends the transaction (for a {@link WriteTxn} not yet committed: rolls back). Idempotent. */
    @Override
    void close() throws StorageException;
}
