package dev.aliendb.jdbc;

import dev.aliendb.engine.Catalog;
import dev.aliendb.sql.PreparedSql;
import dev.aliendb.sql.SqlSession;
import dev.aliendb.storage.StoreStats;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.ClientInfoStatus;
import java.sql.Clob;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;

/**
 * One JDBC connection = one {@link SqlSession}. Autocommit is on by default (each statement is its own
 * transaction, handled by the SQL layer). Result sets are closed at commit and rollback
 * (CLOSE_CURSORS_AT_COMMIT). Unsupported result-set types or concurrencies are downgraded to
 * TYPE_SCROLL_INSENSITIVE / CONCUR_READ_ONLY with a warning on the connection, as JDBC allows. Closing the
 * connection closes its statements and the session (which rolls back an open transaction). Not thread-safe,
 * except that {@link Statement#cancel()} may be called from another thread.
 */
final class AlienConnection implements AlienDbConnection, AlienWrapper {
    private final ConnectionConfig config;
    private final SqlSession session;
    private final Set<AlienStatement> statements = Collections.newSetFromMap(new WeakHashMap<>());
    private final Properties clientInfo = new Properties();
    private volatile boolean closed;
    private boolean readOnly;
    private int savepointIds;
    private int networkTimeout;
    private SQLWarning warnings;

    AlienConnection(ConnectionConfig config, SqlSession session) {
        this.config = config;
        this.session = session;
        this.readOnly = config.readOnly();
    }

    SqlSession session() {
        return session;
    }

    ConnectionConfig config() {
        return config;
    }

    @Override
    public StoreStats storeStats() throws SQLException {
        checkOpen();
        return session.storeStats();
    }

    @Override
    public Catalog catalog() throws SQLException {
        checkOpen();
        return SqlErrors.guard(session::catalog);
    }

    @Override
    public List<String> splitStatements(String script) throws SQLException {
        checkOpen();
        return SqlErrors.guard(() -> session.splitStatements(script));
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw SqlErrors.closed("connection");
        }
    }

    void statementClosed(AlienStatement statement) {
        statements.remove(statement);
    }

    private <T extends AlienStatement> T track(T statement) {
        statements.add(statement);
        return statement;
    }

    private void warn(String message) {
        SQLWarning w = new SQLWarning(message, "01000");
        if (warnings == null) {
            warnings = w;
        } else {
            warnings.setNextWarning(w);
        }
    }

    /** The result-set type actually used for a requested type/concurrency/holdability. */
    private int effectiveType(int type, int concurrency) throws SQLException {
        if (type != ResultSet.TYPE_FORWARD_ONLY && type != ResultSet.TYPE_SCROLL_INSENSITIVE
                && type != ResultSet.TYPE_SCROLL_SENSITIVE) {
            throw SqlErrors.invalidArgument("unknown result set type " + type);
        }
        if (concurrency != ResultSet.CONCUR_READ_ONLY && concurrency != ResultSet.CONCUR_UPDATABLE) {
            throw SqlErrors.invalidArgument("unknown result set concurrency " + concurrency);
        }
        if (concurrency == ResultSet.CONCUR_UPDATABLE) {
            warn("updatable result sets are not supported; using CONCUR_READ_ONLY");
        }
        if (type == ResultSet.TYPE_SCROLL_SENSITIVE) {
            warn("TYPE_SCROLL_SENSITIVE is not supported; using TYPE_SCROLL_INSENSITIVE");
            return ResultSet.TYPE_SCROLL_INSENSITIVE;
        }
        return type;
    }

    // ---- statements ----

    @Override
    public Statement createStatement() throws SQLException {
        return createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    }

    @Override
    public Statement createStatement(int type, int concurrency) throws SQLException {
        checkOpen();
        return track(new AlienStatement(this, effectiveType(type, concurrency)));
    }

    @Override
    public Statement createStatement(int type, int concurrency, int holdability) throws SQLException {
        return createStatement(type, concurrency);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int type, int concurrency) throws SQLException {
        return prepare(sql, type, concurrency, null);
    }

    private AlienPreparedStatement prepare(String sql, int type, int concurrency, String[] keyColumns)
            throws SQLException {
        checkOpen();
        if (sql == null) {
            throw SqlErrors.invalidArgument("SQL text is null");
        }
        int effective = effectiveType(type, concurrency);
        PreparedSql prepared = SqlErrors.guard(() -> session.prepare(sql));
        AlienPreparedStatement statement = new AlienPreparedStatement(this, effective, prepared);
        statement.requestKeys(keyColumns);
        return track(statement);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
            throws SQLException {
        return prepareStatement(sql, type, concurrency);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        return prepare(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, columnNames);
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        throw SqlErrors.unsupported("stored procedures (prepareCall)");
    }

    @Override
    public CallableStatement prepareCall(String sql, int type, int concurrency) throws SQLException {
        throw SqlErrors.unsupported("stored procedures (prepareCall)");
    }

    @Override
    public CallableStatement prepareCall(String sql, int type, int concurrency, int holdability)
            throws SQLException {
        throw SqlErrors.unsupported("stored procedures (prepareCall)");
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return sql;
    }

    // ---- transactions ----

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        if (autoCommit != session.autoCommit()) {
            closeResults();
            SqlErrors.run(() -> session.setAutoCommit(autoCommit));
        }
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return session.autoCommit();
    }

    @Override
    public void commit() throws SQLException {
        checkOpen();
        closeResults();
        if (session.inTransaction()) {
            SqlErrors.run(() -> session.commit());
        }
    }

    @Override
    public void rollback() throws SQLException {
        checkOpen();
        closeResults();
        if (session.inTransaction()) {
            SqlErrors.run(() -> session.rollback());
        }
    }

    /** Holdability CLOSE_CURSORS_AT_COMMIT: open result sets end with the transaction. */
    private void closeResults() throws SQLException {
        for (AlienStatement statement : new ArrayList<>(statements)) {
            statement.closeResultSet();
        }
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        return savepoint(AlienSavepoint.unnamed(this, ++savepointIds));
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        if (name == null || name.isBlank()) {
            throw SqlErrors.invalidArgument("savepoint name is empty");
        }
        return savepoint(AlienSavepoint.named(this, name));
    }

    private Savepoint savepoint(AlienSavepoint savepoint) throws SQLException {
        checkOpen();
        if (session.autoCommit()) {
            throw new SQLException("savepoints need a transaction: call setAutoCommit(false) first", "25000");
        }
        SqlErrors.run(() -> session.setSavepoint(savepoint.sqlName()));
        return savepoint;
    }

    private AlienSavepoint own(Savepoint savepoint) throws SQLException {
        if (!(savepoint instanceof AlienSavepoint s) || s.owner() != this) {
            throw new SQLException("savepoint " + savepoint + " does not belong to this connection", "3B001");
        }
        return s;
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        checkOpen();
        String name = own(savepoint).sqlName();
        SqlErrors.run(() -> session.rollbackToSavepoint(name));
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        checkOpen();
        String name = own(savepoint).sqlName();
        SqlErrors.run(() -> session.releaseSavepoint(name));
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        int effective;
        switch (level) {
            case TRANSACTION_READ_UNCOMMITTED, TRANSACTION_READ_COMMITTED:
                effective = TRANSACTION_READ_COMMITTED; // dirty reads never happen: READ UNCOMMITTED maps up
                break;
            case TRANSACTION_REPEATABLE_READ, TRANSACTION_SERIALIZABLE:
                effective = level;
                break;
            default:
                throw SqlErrors.invalidArgument("unsupported transaction isolation level " + level);
        }
        SqlErrors.run(() -> session.setIsolation(effective));
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return session.isolation();
    }

    // ---- lifecycle ----

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        SQLException failure = null;
        for (AlienStatement statement : new ArrayList<>(statements)) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        SqlErrors.run(() -> session.close());
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw SqlErrors.invalidArgument("timeout must be >= 0");
        }
        return !closed;
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw SqlErrors.invalidArgument("abort: executor is null");
        }
        if (closed) {
            return;
        }
        for (AlienStatement statement : new ArrayList<>(statements)) {
            statement.cancel();
        }
        executor.execute(() -> {
            try {
                close();
            } catch (SQLException ignored) {
                // abort has no one to report to; the connection is closed either way
            }
        });
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        if (milliseconds < 0) {
            throw SqlErrors.invalidArgument("network timeout must be >= 0");
        }
        networkTimeout = milliseconds; // in-process: there is no network to time out
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeout;
    }

    // ---- properties ----

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new AlienDatabaseMetaData(this);
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        if (!readOnly && config.readOnly()) {
            throw new SQLException("the database was opened with read_only=true", "25006");
        }
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen(); // one database per connection: catalogs do not exist
    }

    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        checkOpen(); // schemas do not exist
    }

    @Override
    public String getSchema() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return warnings;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
        warnings = null;
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return Map.of();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        if (map != null && !map.isEmpty()) {
            throw SqlErrors.unsupported("user-defined type maps");
        }
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        if (holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT) {
            warn("HOLD_CURSORS_OVER_COMMIT is not supported; result sets close at commit");
        } else if (holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
            throw SqlErrors.invalidArgument("unknown holdability " + holdability);
        }
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.CLOSE_CURSORS_AT_COMMIT;
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (closed) {
            throw new SQLClientInfoException("connection is closed", SqlErrors.CONNECTION_CLOSED, 0,
                    Map.of(name, ClientInfoStatus.REASON_UNKNOWN));
        }
        if (value == null) {
            clientInfo.remove(name);
        } else {
            clientInfo.setProperty(name, value);
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        if (closed) {
            throw new SQLClientInfoException("connection is closed", SqlErrors.CONNECTION_CLOSED, 0, Map.of());
        }
        clientInfo.clear();
        clientInfo.putAll(properties);
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        return clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(clientInfo);
        return copy;
    }

    // ---- unsupported object factories ----

    @Override
    public Clob createClob() throws SQLException {
        throw SqlErrors.unsupported("createClob (bind a String instead)");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw SqlErrors.unsupported("createBlob (bind a byte[] instead)");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw SqlErrors.unsupported("createNClob");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw SqlErrors.unsupported("SQLXML");
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        throw SqlErrors.unsupported("ARRAY values");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        throw SqlErrors.unsupported("STRUCT values");
    }
}
