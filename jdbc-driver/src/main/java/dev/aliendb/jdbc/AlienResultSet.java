package dev.aliendb.jdbc;

import dev.aliendb.sql.ColumnInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

/**
 * A read-only result set over {@link Rows}: streaming for TYPE_FORWARD_ONLY, in memory for
 * TYPE_SCROLL_INSENSITIVE and for metadata. Getters convert with {@link JdbcValues}; column labels are
 * matched case-insensitively, the first of equal labels winning. Not thread-safe.
 */
final class AlienResultSet extends ReadOnlyResultSet implements AlienWrapper {
    private final AlienStatement statement;
    private final List<ColumnInfo> columns;
    private final Rows rows;
    private final int type;
    private final Map<String, Integer> labels = new HashMap<>();
    private boolean closed;
    private boolean wasNull;
    private int fetchSize;

    /** @param statement the creating statement, or null for metadata result sets */
    AlienResultSet(AlienStatement statement, List<ColumnInfo> columns, Rows rows, int type) {
        this.statement = statement;
        this.columns = columns;
        this.rows = rows;
        this.type = type;
    }

    /** An in-memory result set (metadata, generated keys). */
    static AlienResultSet of(AlienStatement statement, List<ColumnInfo> columns, List<Object[]> data) {
        return new AlienResultSet(statement, columns, new ListRows(data), TYPE_SCROLL_INSENSITIVE);
    }

    List<ColumnInfo> columns() {
        return columns;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw SqlErrors.closed("result set");
        }
    }

    private Object value(int column) throws SQLException {
        checkOpen();
        SqlErrors.checkIndex(column, columns.size(), "column");
        if (!rows.onRow()) {
            throw new SQLException("no current row (call next() first)", SqlErrors.INVALID_CURSOR_STATE);
        }
        Object v = rows.get(column - 1);
        wasNull = v == null;
        return v;
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        return rows.next();
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            rows.close();
        } finally {
            if (statement != null) {
                statement.resultSetClosed(this);
            }
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    @Override
    public int findColumn(String label) throws SQLException {
        checkOpen();
        if (labels.isEmpty()) { // built on first use: most callers read columns by index
            for (int i = columns.size() - 1; i >= 0; i--) {
                labels.put(columns.get(i).label().toLowerCase(Locale.ROOT), i + 1);
            }
        }
        Integer index = label == null ? null : labels.get(label.toLowerCase(Locale.ROOT));
        if (index == null) {
            throw new SQLException("no column named '" + label + "' in the result", "42S22");
        }
        return index;
    }

    @Override
    public String getString(int column) throws SQLException {
        Object v = value(column);
        return v == null ? null : JdbcValues.toText(v);
    }

    @Override
    public boolean getBoolean(int column) throws SQLException {
        Object v = value(column);
        return v != null && JdbcValues.toBoolean(v);
    }

    @Override
    public byte getByte(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : (byte) JdbcValues.toLongInRange(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte");
    }

    @Override
    public short getShort(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : (short) JdbcValues.toLongInRange(v, Short.MIN_VALUE, Short.MAX_VALUE, "a short");
    }

    @Override
    public int getInt(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : (int) JdbcValues.toLongInRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
    }

    @Override
    public long getLong(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : JdbcValues.toLong(v);
    }

    @Override
    public float getFloat(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : (float) JdbcValues.toDouble(v);
    }

    @Override
    public double getDouble(int column) throws SQLException {
        Object v = value(column);
        return v == null ? 0 : JdbcValues.toDouble(v);
    }

    @Override
    public BigDecimal getBigDecimal(int column) throws SQLException {
        Object v = value(column);
        return v == null ? null : JdbcValues.toBigDecimal(v);
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int column, int scale) throws SQLException {
        BigDecimal v = getBigDecimal(column);
        return v == null ? null : v.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int column) throws SQLException {
        Object v = value(column);
        return v == null ? null : JdbcValues.toBytes(v);
    }

    @Override
    public Date getDate(int column) throws SQLException {
        Object v = value(column);
        return v == null ? null : Date.valueOf(JdbcValues.toLocalDate(v));
    }

    @Override
    public Time getTime(int column) throws SQLException {
        Object v = value(column);
        return v == null ? null : Time.valueOf(JdbcValues.toLocalTime(v));
    }

    @Override
    public Timestamp getTimestamp(int column) throws SQLException {
        Object v = value(column);
        return v == null ? null : Timestamp.valueOf(JdbcValues.toLocalDateTime(v));
    }

    /** Stored date/times carry no zone: the calendar's zone says where they happened. */
    private static ZoneId zone(Calendar cal) {
        return cal == null ? ZoneId.systemDefault() : cal.getTimeZone().toZoneId();
    }

    @Override
    public Date getDate(int column, Calendar cal) throws SQLException {
        Object v = value(column);
        return v == null ? null
                : new Date(JdbcValues.toLocalDate(v).atStartOfDay(zone(cal)).toInstant().toEpochMilli());
    }

    @Override
    public Time getTime(int column, Calendar cal) throws SQLException {
        Object v = value(column);
        return v == null ? null : new Time(JdbcValues.toLocalTime(v).atDate(LocalDate.EPOCH)
                .atZone(zone(cal)).toInstant().toEpochMilli());
    }

    @Override
    public Timestamp getTimestamp(int column, Calendar cal) throws SQLException {
        Object v = value(column);
        return v == null ? null : Timestamp.from(JdbcValues.toLocalDateTime(v).atZone(zone(cal)).toInstant());
    }

    @Override
    public InputStream getAsciiStream(int column) throws SQLException {
        String s = getString(column);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int column) throws SQLException {
        String s = getString(column);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_16BE));
    }

    @Override
    public InputStream getBinaryStream(int column) throws SQLException {
        byte[] b = getBytes(column);
        return b == null ? null : new ByteArrayInputStream(b);
    }

    @Override
    public Reader getCharacterStream(int column) throws SQLException {
        String s = getString(column);
        return s == null ? null : new StringReader(s);
    }

    @Override
    public Reader getNCharacterStream(int column) throws SQLException {
        return getCharacterStream(column);
    }

    @Override
    public String getNString(int column) throws SQLException {
        return getString(column);
    }

    @Override
    public Blob getBlob(int column) throws SQLException {
        byte[] b = getBytes(column);
        return b == null ? null : new SerialBlob(b);
    }

    @Override
    public Clob getClob(int column) throws SQLException {
        String s = getString(column);
        return s == null ? null : new SerialClob(s.toCharArray());
    }

    @Override
    public NClob getNClob(int column) throws SQLException {
        throw SqlErrors.unsupported("NClob");
    }

    @Override
    public Object getObject(int column) throws SQLException {
        Object v = value(column);
        return v == null ? null : JdbcValues.forColumnType(v, columns.get(column - 1).sqlType());
    }

    @Override
    public Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
        return getObject(column);
    }

    @Override
    public <T> T getObject(int column, Class<T> type) throws SQLException {
        if (type == null) {
            throw SqlErrors.invalidArgument("getObject: type is null");
        }
        Object v = value(column);
        if (v == null) {
            return null;
        }
        Object converted = convert(column, v, type);
        return type.cast(converted);
    }

    private Object convert(int column, Object v, Class<?> type) throws SQLException {
        if (type == String.class) {
            return JdbcValues.toText(v);
        } else if (type == Long.class) {
            return JdbcValues.toLong(v);
        } else if (type == Integer.class) {
            return getInt(column);
        } else if (type == Short.class) {
            return getShort(column);
        } else if (type == Byte.class) {
            return getByte(column);
        } else if (type == Double.class) {
            return JdbcValues.toDouble(v);
        } else if (type == Float.class) {
            return (float) JdbcValues.toDouble(v);
        } else if (type == BigDecimal.class) {
            return JdbcValues.toBigDecimal(v);
        } else if (type == BigInteger.class) {
            return JdbcValues.toBigDecimal(v).toBigInteger();
        } else if (type == Boolean.class) {
            return JdbcValues.toBoolean(v);
        } else if (type == byte[].class) {
            return JdbcValues.toBytes(v);
        } else if (type == LocalDate.class) {
            return JdbcValues.toLocalDate(v);
        } else if (type == LocalTime.class) {
            return JdbcValues.toLocalTime(v);
        } else if (type == LocalDateTime.class) {
            return JdbcValues.toLocalDateTime(v);
        } else if (type == Date.class) {
            return getDate(column);
        } else if (type == Time.class) {
            return getTime(column);
        } else if (type == Timestamp.class || type == java.util.Date.class) {
            return getTimestamp(column);
        } else if (type == Blob.class) {
            return getBlob(column);
        } else if (type == Clob.class) {
            return getClob(column);
        } else if (type == Object.class) {
            return getObject(column);
        } else if (type.isInstance(v)) {
            return v;
        }
        throw SqlErrors.conversion(v, type.getName());
    }

    @Override
    public URL getURL(int column) throws SQLException {
        String s = getString(column);
        try {
            return s == null ? null : new URL(s);
        } catch (MalformedURLException e) {
            throw SqlErrors.conversion(s, "URL");
        }
    }

    @Override
    public Ref getRef(int column) throws SQLException {
        throw SqlErrors.unsupported("REF values");
    }

    @Override
    public Array getArray(int column) throws SQLException {
        throw SqlErrors.unsupported("ARRAY values");
    }

    @Override
    public RowId getRowId(int column) throws SQLException {
        throw SqlErrors.unsupported("RowId values");
    }

    @Override
    public SQLXML getSQLXML(int column) throws SQLException {
        throw SqlErrors.unsupported("SQLXML values");
    }

    // ---- by label ----

    @Override
    public String getString(String label) throws SQLException {
        return getString(findColumn(label));
    }

    @Override
    public boolean getBoolean(String label) throws SQLException {
        return getBoolean(findColumn(label));
    }

    @Override
    public byte getByte(String label) throws SQLException {
        return getByte(findColumn(label));
    }

    @Override
    public short getShort(String label) throws SQLException {
        return getShort(findColumn(label));
    }

    @Override
    public int getInt(String label) throws SQLException {
        return getInt(findColumn(label));
    }

    @Override
    public long getLong(String label) throws SQLException {
        return getLong(findColumn(label));
    }

    @Override
    public float getFloat(String label) throws SQLException {
        return getFloat(findColumn(label));
    }

    @Override
    public double getDouble(String label) throws SQLException {
        return getDouble(findColumn(label));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String label, int scale) throws SQLException {
        return getBigDecimal(findColumn(label), scale);
    }

    @Override
    public BigDecimal getBigDecimal(String label) throws SQLException {
        return getBigDecimal(findColumn(label));
    }

    @Override
    public byte[] getBytes(String label) throws SQLException {
        return getBytes(findColumn(label));
    }

    @Override
    public Date getDate(String label) throws SQLException {
        return getDate(findColumn(label));
    }

    @Override
    public Time getTime(String label) throws SQLException {
        return getTime(findColumn(label));
    }

    @Override
    public Timestamp getTimestamp(String label) throws SQLException {
        return getTimestamp(findColumn(label));
    }

    @Override
    public Date getDate(String label, Calendar cal) throws SQLException {
        return getDate(findColumn(label), cal);
    }

    @Override
    public Time getTime(String label, Calendar cal) throws SQLException {
        return getTime(findColumn(label), cal);
    }

    @Override
    public Timestamp getTimestamp(String label, Calendar cal) throws SQLException {
        return getTimestamp(findColumn(label), cal);
    }

    @Override
    public InputStream getAsciiStream(String label) throws SQLException {
        return getAsciiStream(findColumn(label));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String label) throws SQLException {
        return getUnicodeStream(findColumn(label));
    }

    @Override
    public InputStream getBinaryStream(String label) throws SQLException {
        return getBinaryStream(findColumn(label));
    }

    @Override
    public Reader getCharacterStream(String label) throws SQLException {
        return getCharacterStream(findColumn(label));
    }

    @Override
    public Reader getNCharacterStream(String label) throws SQLException {
        return getNCharacterStream(findColumn(label));
    }

    @Override
    public String getNString(String label) throws SQLException {
        return getNString(findColumn(label));
    }

    @Override
    public Blob getBlob(String label) throws SQLException {
        return getBlob(findColumn(label));
    }

    @Override
    public Clob getClob(String label) throws SQLException {
        return getClob(findColumn(label));
    }

    @Override
    public NClob getNClob(String label) throws SQLException {
        return getNClob(findColumn(label));
    }

    @Override
    public Object getObject(String label) throws SQLException {
        return getObject(findColumn(label));
    }

    @Override
    public Object getObject(String label, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(label), map);
    }

    @Override
    public <T> T getObject(String label, Class<T> type) throws SQLException {
        return getObject(findColumn(label), type);
    }

    @Override
    public URL getURL(String label) throws SQLException {
        return getURL(findColumn(label));
    }

    @Override
    public Ref getRef(String label) throws SQLException {
        return getRef(findColumn(label));
    }

    @Override
    public Array getArray(String label) throws SQLException {
        return getArray(findColumn(label));
    }

    @Override
    public RowId getRowId(String label) throws SQLException {
        return getRowId(findColumn(label));
    }

    @Override
    public SQLXML getSQLXML(String label) throws SQLException {
        return getSQLXML(findColumn(label));
    }

    // ---- navigation ----

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return rows.isBeforeFirst();
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return rows.isAfterLast();
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return rows.isFirst();
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        return rows.isLast();
    }

    @Override
    public void beforeFirst() throws SQLException {
        checkOpen();
        rows.beforeFirst();
    }

    @Override
    public void afterLast() throws SQLException {
        checkOpen();
        rows.afterLast();
    }

    @Override
    public boolean first() throws SQLException {
        return absolute(1);
    }

    @Override
    public boolean last() throws SQLException {
        return absolute(-1);
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return rows.row();
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        checkOpen();
        return rows.absolute(row);
    }

    @Override
    public boolean relative(int delta) throws SQLException {
        checkOpen();
        return rows.relative(delta);
    }

    @Override
    public boolean previous() throws SQLException {
        checkOpen();
        return rows.previous();
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD && type == TYPE_FORWARD_ONLY) {
            throw Rows.forwardOnly();
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
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
    public int getType() throws SQLException {
        checkOpen();
        return type;
    }

    @Override
    public int getHoldability() {
        return CLOSE_CURSORS_AT_COMMIT;
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
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
    public String getCursorName() throws SQLException {
        throw SqlErrors.unsupported("named cursors");
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return new AlienResultSetMetaData(columns);
    }
}
