package dev.aliendb.jdbc;

import dev.aliendb.sql.ColumnInfo;
import dev.aliendb.sql.ExecutionControl;
import dev.aliendb.sql.PreparedSql;
import dev.aliendb.sql.SqlResult;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A JDBC statement. Each execution gets a fresh {@link ExecutionControl} carrying the query timeout, so
 * {@link #cancel()} from another thread stops the running statement (57014). A string holding several
 * statements is split by the SQL layer and run in order; the statement keeps the result of the last one.
 * One current result at a time: executing again closes the previous result set. Not thread-safe apart from
 * {@link #cancel()}.
 */
class AlienStatement implements Statement, AlienWrapper {
    static final String GENERATED_KEY = "GENERATED_KEY";
    private static final Object[] NO_PARAMETERS = new Object[0];

    /** What the caller expects the (last) statement to produce. */
    enum Expect { ANY, QUERY, UPDATE }

    final AlienConnection connection;
    private final int resultSetType;
    private final List<String> batch = new ArrayList<>();
    private boolean closed;
    private boolean closeOnCompletion;
    private boolean poolable;
    private long maxRows;
    private int fetchSize;
    private int queryTimeout;
    private volatile ExecutionControl running;
    private AlienResultSet result;
    private long updateCount = -1;
    private List<Long> generatedKeys = List.of();
    private String generatedKeyLabel = GENERATED_KEY;

    AlienStatement(AlienConnection connection, int resultSetType) {
        this.connection = connection;
        this.resultSetType = resultSetType;
    }

    final void checkOpen() throws SQLException {
        if (closed) {
            throw SqlErrors.closed("statement");
        }
        connection.checkOpen();
    }

    // ---- execution core ----

    /** Runs one prepared statement with its parameters; its outcome becomes the current result. */
    final void run(PreparedSql prepared, Object[] parameters, Expect expect) throws SQLException {
        if (expect == Expect.QUERY && !prepared.isQuery()) {
            throw new SQLException("statement does not return a result set (use executeUpdate or execute): "
                    + prepared.sql(), SqlErrors.WRONG_RESULT_KIND);
        }
        if (expect == Expect.UPDATE && prepared.isQuery()) {
            throw new SQLException("statement returns a result set (use executeQuery or execute): "
                    + prepared.sql(), SqlErrors.WRONG_RESULT_KIND);
        }
        ExecutionControl control = new ExecutionControl(queryTimeout);
        running = control;
        SqlResult outcome = SqlErrors.guard(() -> prepared.execute(parameters, control));
        if (outcome.isQuery()) {
            result = resultSet(outcome);
        } else {
            try (outcome) {
                updateCount = Math.max(0, outcome.updateCount());
                generatedKeys = List.copyOf(outcome.generatedKeys());
            } catch (Exception e) {
                throw e instanceof SQLException s ? s : new SQLException(e.toString(), SqlErrors.INTERNAL, e);
            }
        }
    }

    private AlienResultSet resultSet(SqlResult outcome) throws SQLException {
        List<ColumnInfo> columns = outcome.columns();
        Rows rows = resultSetType == ResultSet.TYPE_FORWARD_ONLY
                ? new StreamRows(outcome, maxRows)
                : ListRows.materialise(outcome, columns.size(), maxRows);
        return new AlienResultSet(this, columns, rows, resultSetType);
    }

    /** Closes the current result set and forgets counts and keys of the previous execution. */
    final void clearResults() throws SQLException {
        AlienResultSet previous = result;
        result = null;
        updateCount = -1;
        generatedKeys = List.of();
        if (previous != null) {
            previous.close();
        }
    }

    /** Closes the open result set, if any, keeping update count and generated keys. */
    final void closeResultSet() throws SQLException {
        if (result != null) {
            result.close();
        }
    }

    /** Executes a script of one or more statements; the last one's outcome is kept. */
    private boolean executeScript(String sql, Expect expect) throws SQLException {
        checkOpen();
        clearResults();
        if (sql == null) {
            throw SqlErrors.invalidArgument("SQL text is null");
        }
        List<String> statements = connection.splitStatements(sql);
        if (statements.isEmpty()) {
            throw new SQLException("no SQL statement in '" + sql + "'", "42000");
        }
        for (int i = 0; i < statements.size(); i++) {
            String text = statements.get(i);
            PreparedSql prepared = SqlErrors.guard(() -> connection.session().prepare(text));
            if (prepared.parameterCount() > 0) {
                throw new SQLException("statement has " + prepared.parameterCount()
                        + " parameter(s); use a PreparedStatement to bind them: " + text, SqlErrors.PARAMETER_NOT_SET);
            }
            boolean last = i == statements.size() - 1;
            run(prepared, NO_PARAMETERS, last ? expect : Expect.ANY);
            if (!last) {
                clearResults();
            }
        }
        return result != null;
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        return executeScript(sql, Expect.ANY);
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        executeScript(sql, Expect.QUERY);
        return result;
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return toInt(executeLargeUpdate(sql));
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        executeScript(sql, Expect.UPDATE);
        return updateCount;
    }

    static int toInt(long count) {
        return count > Integer.MAX_VALUE ? SUCCESS_NO_INFO : (int) count;
    }

    // ---- generated keys ----

    /** Names the generated-key column after the first requested column, if any. */
    final void requestKeys(String[] columnNames) {
        generatedKeyLabel = columnNames != null && columnNames.length > 0 && columnNames[0] != null
                ? columnNames[0] : GENERATED_KEY;
    }

    final List<Long> generatedKeys() {
        return generatedKeys;
    }

    final void setGeneratedKeys(List<Long> keys) {
        generatedKeys = keys;
    }

    final long updateCountValue() {
        return updateCount;
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        List<Object[]> rows = new ArrayList<>(generatedKeys.size());
        for (Long key : generatedKeys) {
            rows.add(new Object[] {key});
        }
        ColumnInfo column = new ColumnInfo(generatedKeyLabel, generatedKeyLabel, "", Types.BIGINT, "BIGINT",
                ResultSetMetaData.columnNoNulls);
        return AlienResultSet.of(this, List.of(column), rows);
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        requestKeys(null);
        return execute(sql);
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        requestKeys(null);
        return execute(sql);
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        requestKeys(columnNames);
        return execute(sql);
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        requestKeys(null);
        return executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        requestKeys(null);
        return executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        requestKeys(columnNames);
        return executeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        requestKeys(null);
        return executeLargeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        requestKeys(null);
        return executeLargeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        requestKeys(columnNames);
        return executeLargeUpdate(sql);
    }

    // ---- batches ----

    @Override
    public void addBatch(String sql) throws SQLException {
        checkOpen();
        if (sql == null) {
            throw SqlErrors.invalidArgument("SQL text is null");
        }
        batch.add(sql);
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        long[] counts = executeLargeBatch();
        int[] result = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            result[i] = toInt(counts[i]);
        }
        return result;
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<String> work = new ArrayList<>(batch);
        batch.clear();
        long[] counts = new long[work.size()];
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            try {
                counts[i] = executeLargeUpdate(work.get(i));
                keys.addAll(generatedKeys);
            } catch (SQLException e) {
                throw batchFailure(e, counts, i);
            }
        }
        generatedKeys = keys;
        return counts;
    }

    static BatchUpdateException batchFailure(SQLException cause, long[] counts, int failedAt) {
        long[] done = java.util.Arrays.copyOf(counts, failedAt);
        return new BatchUpdateException("batch entry " + failedAt + " failed: " + cause.getMessage(),
                cause.getSQLState(), cause.getErrorCode(), done, cause);
    }

    // ---- results ----

    @Override
    public ResultSet getResultSet() throws SQLException {
        checkOpen();
        return result;
    }

    @Override
    public int getUpdateCount() throws SQLException {
        return toInt(getLargeUpdateCount());
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        checkOpen();
        return result != null ? -1 : updateCount;
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return getMoreResults(CLOSE_CURRENT_RESULT);
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        checkOpen();
        if (current == KEEP_CURRENT_RESULT) {
            result = null; // stays open for the application
            updateCount = -1;
        } else {
            clearResults();
        }
        return false;
    }

    /** Called by a result set of this statement when it closes. */
    final void resultSetClosed(AlienResultSet closedResult) throws SQLException {
        if (closedResult == result) {
            result = null;
            if (closeOnCompletion) {
                close();
            }
        }
    }

    // ---- lifecycle and settings ----

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            clearResults();
        } finally {
            connection.statementClosed(this);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void cancel() throws SQLException {
        checkOpen();
        ExecutionControl control = running;
        if (control != null) {
            control.cancel();
        }
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        checkOpen();
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        checkOpen();
        return closeOnCompletion;
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        checkOpen();
        return 0;
    }

    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw SqlErrors.invalidArgument("max field size must be >= 0");
        }
    }

    @Override
    public int getMaxRows() throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, getLargeMaxRows());
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        setLargeMaxRows(max);
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        checkOpen();
        return maxRows;
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw SqlErrors.invalidArgument("max rows must be >= 0");
        }
        maxRows = max;
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        checkOpen();
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        checkOpen();
        return queryTimeout;
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        if (seconds < 0) {
            throw SqlErrors.invalidArgument("query timeout must be >= 0");
        }
        queryTimeout = seconds;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        throw SqlErrors.unsupported("named cursors");
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD && resultSetType == ResultSet.TYPE_FORWARD_ONLY) {
            throw Rows.forwardOnly();
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw SqlErrors.invalidArgument("fetch size must be >= 0");
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getResultSetType() throws SQLException {
        checkOpen();
        return resultSetType;
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        checkOpen();
        return ResultSet.CLOSE_CURSORS_AT_COMMIT;
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        checkOpen();
        this.poolable = poolable;
    }

    @Override
    public boolean isPoolable() throws SQLException {
        checkOpen();
        return poolable;
    }
}
