package dev.aliendb.jdbc;

import dev.aliendb.sql.PreparedSql;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * A prepared statement: the SQL layer's {@link PreparedSql} (planned once, re-planned by the SQL layer if the
 * schema changes) plus the current parameter values, already converted to internal values by
 * {@link JdbcValues}. Every parameter must be set before execution (07001). Batches keep copies of the
 * parameter arrays and execute them in order.
 */
final class AlienPreparedStatement extends AlienStatement implements PreparedStatement {
    private static final String NOT_ON_PREPARED = "HY010";
    private final PreparedSql prepared;
    private final Object[] parameters;
    private final boolean[] set;
    private final List<Object[]> batch = new ArrayList<>();

    AlienPreparedStatement(AlienConnection connection, int resultSetType, PreparedSql prepared) {
        super(connection, resultSetType);
        this.prepared = prepared;
        this.parameters = new Object[prepared.parameterCount()];
        this.set = new boolean[parameters.length];
    }

    private Object[] boundParameters() throws SQLException {
        for (int i = 0; i < set.length; i++) {
            if (!set[i]) {
                throw new SQLException("parameter " + (i + 1) + " of " + set.length + " is not set",
                        SqlErrors.PARAMETER_NOT_SET);
            }
        }
        return parameters.clone();
    }

    private void set(int index, Object internalValue) throws SQLException {
        checkOpen();
        SqlErrors.checkIndex(index, parameters.length, "parameter");
        parameters[index - 1] = internalValue;
        set[index - 1] = true;
    }

    private static SQLException notOnPrepared() {
        return new SQLException("this method takes SQL text and is not allowed on a PreparedStatement",
                NOT_ON_PREPARED);
    }

    // ---- execution ----

    private void executeWith(Expect expect) throws SQLException {
        checkOpen();
        clearResults();
        run(prepared, boundParameters(), expect);
    }

    @Override
    public boolean execute() throws SQLException {
        executeWith(Expect.ANY);
        return getResultSet() != null;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        executeWith(Expect.QUERY);
        return getResultSet();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return toInt(executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        executeWith(Expect.UPDATE);
        return updateCountValue();
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        batch.add(boundParameters());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        clearResults();
        List<Object[]> work = new ArrayList<>(batch);
        batch.clear();
        long[] counts = new long[work.size()];
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            try {
                run(prepared, work.get(i), Expect.UPDATE);
            } catch (SQLException e) {
                throw batchFailure(e, counts, i);
            }
            counts[i] = updateCountValue();
            keys.addAll(generatedKeys());
        }
        setGeneratedKeys(keys);
        return counts;
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return prepared.isQuery() ? new AlienResultSetMetaData(prepared.columns()) : null;
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new AlienParameterMetaData(prepared);
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        Arrays.fill(parameters, null);
        Arrays.fill(set, false);
    }

    // ---- methods taking SQL text are not for prepared statements ----

    @Override
    public boolean execute(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw notOnPrepared();
    }

    // ---- setters ----

    @Override
    public void setNull(int index, int sqlType) throws SQLException {
        set(index, null);
    }

    @Override
    public void setNull(int index, int sqlType, String typeName) throws SQLException {
        set(index, null);
    }

    @Override
    public void setBoolean(int index, boolean x) throws SQLException {
        set(index, x);
    }

    @Override
    public void setByte(int index, byte x) throws SQLException {
        set(index, (long) x);
    }

    @Override
    public void setShort(int index, short x) throws SQLException {
        set(index, (long) x);
    }

    @Override
    public void setInt(int index, int x) throws SQLException {
        set(index, (long) x);
    }

    @Override
    public void setLong(int index, long x) throws SQLException {
        set(index, x);
    }

    @Override
    public void setFloat(int index, float x) throws SQLException {
        set(index, JdbcValues.fromJdbc(x));
    }

    @Override
    public void setDouble(int index, double x) throws SQLException {
        set(index, x);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal x) throws SQLException {
        set(index, x);
    }

    @Override
    public void setString(int index, String x) throws SQLException {
        set(index, x);
    }

    @Override
    public void setNString(int index, String x) throws SQLException {
        set(index, x);
    }

    @Override
    public void setBytes(int index, byte[] x) throws SQLException {
        set(index, x == null ? null : x.clone());
    }

    @Override
    public void setDate(int index, Date x) throws SQLException {
        set(index, x == null ? null : x.toLocalDate());
    }

    @Override
    public void setTime(int index, Time x) throws SQLException {
        set(index, x == null ? null : x.toLocalTime());
    }

    @Override
    public void setTimestamp(int index, Timestamp x) throws SQLException {
        set(index, x == null ? null : x.toLocalDateTime());
    }

    private static ZoneId zone(Calendar cal) {
        return cal == null ? ZoneId.systemDefault() : cal.getTimeZone().toZoneId();
    }

    @Override
    public void setDate(int index, Date x, Calendar cal) throws SQLException {
        set(index, x == null ? null : LocalDate.ofInstant(java.time.Instant.ofEpochMilli(x.getTime()), zone(cal)));
    }

    @Override
    public void setTime(int index, Time x, Calendar cal) throws SQLException {
        set(index, x == null ? null : LocalTime.ofInstant(java.time.Instant.ofEpochMilli(x.getTime()), zone(cal)));
    }

    @Override
    public void setTimestamp(int index, Timestamp x, Calendar cal) throws SQLException {
        set(index, x == null ? null : LocalDateTime.ofInstant(x.toInstant(), zone(cal)));
    }

    @Override
    public void setObject(int index, Object x) throws SQLException {
        if (x instanceof Blob || x instanceof Clob || x instanceof InputStream || x instanceof Reader) {
            setStreamLike(index, x);
        } else {
            set(index, JdbcValues.fromJdbc(x));
        }
    }

    private void setStreamLike(int index, Object x) throws SQLException {
        if (x instanceof Blob b) {
            setBlob(index, b);
        } else if (x instanceof Clob c) {
            setClob(index, c);
        } else if (x instanceof InputStream in) {
            setBinaryStream(index, in);
        } else {
            setCharacterStream(index, (Reader) x);
        }
    }

    @Override
    public void setObject(int index, Object x, int targetSqlType) throws SQLException {
        set(index, JdbcValues.fromJdbc(x, targetSqlType));
    }

    @Override
    public void setObject(int index, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        Object v = JdbcValues.fromJdbc(x, targetSqlType);
        set(index, v instanceof BigDecimal b ? b.setScale(scaleOrLength, java.math.RoundingMode.HALF_UP) : v);
    }

    @Override
    public void setObject(int index, Object x, SQLType targetSqlType) throws SQLException {
        setObject(index, x, vendorTypeNumber(targetSqlType));
    }

    @Override
    public void setObject(int index, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        setObject(index, x, vendorTypeNumber(targetSqlType), scaleOrLength);
    }

    private static int vendorTypeNumber(SQLType type) throws SQLException {
        if (type == null || type.getVendorTypeNumber() == null) {
            throw SqlErrors.unsupported("SQL type " + type);
        }
        return type.getVendorTypeNumber();
    }

    // ---- streams, LOBs ----

    private static byte[] read(InputStream in, long length) throws SQLException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] buffer = new byte[8192];
            long remaining = length < 0 ? Long.MAX_VALUE : length;
            int n;
            while (remaining > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) > 0) {
                out.write(buffer, 0, n);
                remaining -= n;
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new SQLException("reading the parameter stream failed: " + e.getMessage(), "58030", e);
        }
    }

    private static String read(Reader in, long length) throws SQLException {
        try {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[8192];
            long remaining = length < 0 ? Long.MAX_VALUE : length;
            int n;
            while (remaining > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) > 0) {
                out.append(buffer, 0, n);
                remaining -= n;
            }
            return out.toString();
        } catch (IOException e) {
            throw new SQLException("reading the parameter reader failed: " + e.getMessage(), "58030", e);
        }
    }

    @Override
    public void setBinaryStream(int index, InputStream x, long length) throws SQLException {
        set(index, x == null ? null : read(x, length));
    }

    @Override
    public void setBinaryStream(int index, InputStream x, int length) throws SQLException {
        setBinaryStream(index, x, (long) length);
    }

    @Override
    public void setBinaryStream(int index, InputStream x) throws SQLException {
        setBinaryStream(index, x, -1L);
    }

    @Override
    public void setAsciiStream(int index, InputStream x, long length) throws SQLException {
        set(index, x == null ? null : new String(read(x, length), StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int index, InputStream x, int length) throws SQLException {
        setAsciiStream(index, x, (long) length);
    }

    @Override
    public void setAsciiStream(int index, InputStream x) throws SQLException {
        setAsciiStream(index, x, -1L);
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int index, InputStream x, int length) throws SQLException {
        set(index, x == null ? null : new String(read(x, length), StandardCharsets.UTF_16BE));
    }

    @Override
    public void setCharacterStream(int index, Reader x, long length) throws SQLException {
        set(index, x == null ? null : read(x, length));
    }

    @Override
    public void setCharacterStream(int index, Reader x, int length) throws SQLException {
        setCharacterStream(index, x, (long) length);
    }

    @Override
    public void setCharacterStream(int index, Reader x) throws SQLException {
        setCharacterStream(index, x, -1L);
    }

    @Override
    public void setNCharacterStream(int index, Reader x, long length) throws SQLException {
        setCharacterStream(index, x, length);
    }

    @Override
    public void setNCharacterStream(int index, Reader x) throws SQLException {
        setCharacterStream(index, x, -1L);
    }

    @Override
    public void setBlob(int index, Blob x) throws SQLException {
        set(index, x == null ? null : x.getBytes(1, (int) Math.min(Integer.MAX_VALUE, x.length())));
    }

    @Override
    public void setBlob(int index, InputStream x, long length) throws SQLException {
        setBinaryStream(index, x, length);
    }

    @Override
    public void setBlob(int index, InputStream x) throws SQLException {
        setBinaryStream(index, x, -1L);
    }

    @Override
    public void setClob(int index, Clob x) throws SQLException {
        set(index, x == null ? null : x.getSubString(1, (int) Math.min(Integer.MAX_VALUE, x.length())));
    }

    @Override
    public void setClob(int index, Reader x, long length) throws SQLException {
        setCharacterStream(index, x, length);
    }

    @Override
    public void setClob(int index, Reader x) throws SQLException {
        setCharacterStream(index, x, -1L);
    }

    @Override
    public void setNClob(int index, NClob x) throws SQLException {
        setClob(index, x);
    }

    @Override
    public void setNClob(int index, Reader x, long length) throws SQLException {
        setCharacterStream(index, x, length);
    }

    @Override
    public void setNClob(int index, Reader x) throws SQLException {
        setCharacterStream(index, x, -1L);
    }

    @Override
    public void setURL(int index, URL x) throws SQLException {
        set(index, x == null ? null : x.toString());
    }

    @Override
    public void setRef(int index, Ref x) throws SQLException {
        throw SqlErrors.unsupported("REF parameters");
    }

    @Override
    public void setArray(int index, Array x) throws SQLException {
        throw SqlErrors.unsupported("ARRAY parameters");
    }

    @Override
    public void setRowId(int index, RowId x) throws SQLException {
        throw SqlErrors.unsupported("RowId parameters");
    }

    @Override
    public void setSQLXML(int index, SQLXML x) throws SQLException {
        throw SqlErrors.unsupported("SQLXML parameters");
    }
}
