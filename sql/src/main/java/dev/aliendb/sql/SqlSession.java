package dev.aliendb.sql;

import dev.aliendb.engine.Catalog;
import dev.aliendb.storage.StoreStats;
import java.sql.SQLException;
import java.util.List;

/**
 * A connection's SQL front door. Not thread-safe except {@link ExecutionControl#cancel()}. Every failure is
 * an {@link SQLException} with a correct SQLSTATE whose message names the problem.
 */
public interface SqlSession extends AutoCloseable {
    /** Prepares exactly one statement (a trailing ';' is allowed). */
    PreparedSql prepare(String sql) throws SQLException;

    /** Splits a script into statements (respecting quotes, comments, BEGIN...END of triggers). */
    List<String> splitStatements(String script) throws SQLException;

    boolean autoCommit();

    void setAutoCommit(boolean autoCommit) throws SQLException;

    void commit() throws SQLException;

    void rollback() throws SQLException;

    boolean inTransaction();

    void setSavepoint(String name) throws SQLException;

    void releaseSavepoint(String name) throws SQLException;

    void rollbackToSavepoint(String name) throws SQLException;

    /** java.sql.Connection.TRANSACTION_* */
    void setIsolation(int level) throws SQLException;

    int isolation();

    /** Schema as of now, for DatabaseMetaData. */
    Catalog catalog() throws SQLException;

    /** Settings and counters of the database file (cache hits, pages read and written, fsyncs), for diagnostics. */
    StoreStats storeStats() throws SQLException;

    @Override
    void close() throws SQLException;
}
