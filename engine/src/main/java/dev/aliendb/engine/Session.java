package dev.aliendb.engine;

/**
 * One connection's view of a {@link Database}. Not thread-safe (one thread at a time).
 * <p>
 * Statement protocol used by the SQL layer: {@link #beginStatement(boolean)} before executing, then
 * {@link #endStatement(boolean)} with success or failure. In autocommit mode this opens and commits (or rolls
 * back) a transaction per statement; inside an explicit transaction a failed statement undoes only its own
 * changes (statement savepoint). Reads see a snapshot: per statement at READ COMMITTED, per transaction at
 * REPEATABLE READ / SERIALIZABLE. One writer at a time per database. A transaction whose snapshot is older
 * than the latest commit when it first writes is validated at row level: it fails with SQLSTATE 40001 when
 * the schema changed, under SERIALIZABLE when rows it read were changed, under REPEATABLE READ when it
 * reads or writes a row that was changed (first committer wins).
 */
public interface Session extends AutoCloseable {
    Catalog catalog() throws EngineException;

    void beginStatement(boolean writes) throws EngineException;

    void endStatement(boolean success) throws EngineException;

    /** BEGIN: leaves autocommit until commit/rollback. */
    void begin() throws EngineException;

    void commit() throws EngineException;

    void rollback() throws EngineException;

    boolean inTransaction();

    boolean autoCommit();

    void setAutoCommit(boolean autoCommit) throws EngineException;

    void savepoint(String name) throws EngineException;

    void releaseSavepoint(String name) throws EngineException;

    void rollbackToSavepoint(String name) throws EngineException;

    /** Takes effect for the next snapshot and the next validation; default {@link Isolation#SERIALIZABLE}. */
    void setIsolation(Isolation level);

    Isolation isolation();

    TableAccess table(String name) throws EngineException;

    void createTable(TableDef def) throws EngineException;

    void dropTable(String name, boolean ifExists) throws EngineException;

    void createIndex(IndexDef def, boolean ifNotExists) throws EngineException;

    void dropIndex(String name, boolean ifExists) throws EngineException;

    void createView(ViewDef def, boolean ifNotExists) throws EngineException;

    void dropView(String name, boolean ifExists) throws EngineException;

    void addColumn(String table, ColumnDef column) throws EngineException;

    void renameTable(String oldName, String newName) throws EngineException;

    /** PRAGMA user_version as this session sees it (its own transaction's value when it has one). */
    default long userVersion() throws EngineException {
        return database().userVersion();
    }

    /** PRAGMA user_version = v, inside this session's transaction (or as its own statement in autocommit). */
    default void setUserVersion(long version) throws EngineException {
        database().setUserVersion(version);
    }

    /** PRAGMA-level access: the database this session belongs to. */
    Database database();

    @Override
    void close() throws EngineException;
}
