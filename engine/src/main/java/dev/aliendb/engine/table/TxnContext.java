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

    /** Counts changes made through this session; open cursors reposition when it moves. */
    long changeCount();

    void changed();

    /** Called before a constraint error is thrown under FAIL or ROLLBACK, which end the statement differently. */
    void conflictRaised(ConflictAction action);
}
