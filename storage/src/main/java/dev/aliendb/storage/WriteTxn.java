package dev.aliendb.storage;

/**
 * The single write transaction of a {@link Store}: sees the last committed state plus its own changes.
 * Savepoints nest: {@link #savepoint()} returns a level; {@link #rollbackTo(int)} restores every page
 * (and meta slot) to its content at that savepoint and keeps the savepoint; {@link #release(int)} forgets
 * it and all inner ones. After {@link #commit()} returns (with synchronous=FULL) the changes survive a
 * power cut; after an exception from commit the transaction is rolled back and the database unchanged.
 */
public interface WriteTxn extends ReadTxn {
    void setMeta(MetaSlot slot, long value) throws StorageException;

    int savepoint() throws StorageException;

    void rollbackTo(int savepoint) throws StorageException;

    void release(int savepoint) throws StorageException;

    void commit() throws StorageException;

    void rollback() throws StorageException;
}
