package dev.aliendb.engine.table;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.EngineException;
import dev.aliendb.storage.ReadTxn;
import dev.aliendb.storage.WriteTxn;

/** What table access needs from the session: the transaction to read and write through, and bookkeeping. */
public interface TxnContext {
    /** The view reads go through: the write transaction once there is one (own writes visible), else the snapshot. */
    ReadTxn readTxn() throws EngineException;

    /** The write transaction, acquired now if the session has none yet (may fail with 40001). */
    WriteTxn writeTxn() throws EngineException;

    /**
     * The user is about to read rows with ids in [low, high] of the table with root page {@code table}
     * (a point read: low == high; a scan or an index read: the whole id range). Fails with 40001 when the
     * read would see a concurrent commit the isolation level must not see.
     */
    void reading(int table, long low, long high) throws EngineException;

    /** Row {@code rowId} of the table with root page {@code table} is about to be written (under the writer). */
    void writing(int table, long rowId) throws EngineException;

    /** Counts changes made through this session; open cursors reposition when it moves. */
    long changeCount();

    void changed();

    /** Called before a constraint error is thrown under FAIL or ROLLBACK, which end the statement differently. */
    void conflictRaised(ConflictAction action);
}
