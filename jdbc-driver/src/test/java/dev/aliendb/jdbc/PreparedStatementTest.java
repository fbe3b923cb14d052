package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Calendar;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreparedStatementTest extends ConnectionFixture {
    @BeforeEach
    void schema() throws SQLException {
        exec("CREATE TABLE v(id INTEGER PRIMARY KEY, i INTEGER, b BIGINT, d DOUBLE, n DECIMAL(10,2), s VARCHAR(50),"
                + " x BLOB, f BOOLEAN, dt DATE, tm TIME, ts TIMESTAMP)");
    }

    private ResultSet row(long id) throws SQLException {
        PreparedStatement q = conn.prepareStatement("SELECT * FROM v WHERE id = ?");
        q.setLong(1, id);
        ResultSet rs = q.executeQuery();
        assertTrue(rs.next());
        return rs;
    }

    @Test
    void everyTypedSetterRoundTrips() throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO v VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setLong(1, 1);
            p.setInt(2, -7);
            p.setLong(3, Long.MAX_VALUE);
            p.setDouble(4, 2.5);
            p.setBigDecimal(5, new BigDecimal("12.34"));
            p.setString(6, "héllo");
            p.setBytes(7, new byte[] {0, 1, 2, (byte) 255});
            p.setBoolean(8, true);
            p.setDate(9, Date.valueOf("2024-02-29"));
            p.setTime(10, Time.valueOf("13:14:15"));
            p.setTimestamp(11, Timestamp.valueOf("2024-02-29 13:14:15.5"));
            assertEquals(1, p.executeUpdate());
        }
        try (ResultSet rs = row(1)) {
            assertEquals(-7, rs.getInt("i"));
            assertEquals(Long.MAX_VALUE, rs.getLong("b"));
            assertEquals(2.5, rs.getDouble("d"));
            assertEquals(0, new BigDecimal("12.34").compareTo(rs.getBigDecimal("n")));
            assertEquals("héllo", rs.getString("s"));
            assertArrayEquals(new byte[] {0, 1, 2, (byte) 255}, rs.getBytes("x"));
            assertTrue(rs.getBoolean("f"));
            assertEquals(Date.valueOf("2024-02-29"), rs.getDate("dt"));
            assertEquals(Time.valueOf("13:14:15"), rs.getTime("tm"));
            assertEquals(Timestamp.valueOf("2024-02-29 13:14:15.5"), rs.getTimestamp("ts"));
            assertEquals(LocalDate.of(2024, 2, 29), rs.getObject("dt", LocalDate.class));
            assertEquals(LocalDateTime.of(2024, 2, 29, 13, 14, 15, 500_000_000),
                    rs.getObject("ts", LocalDateTime.class));
            assertEquals(LocalTime.of(13, 14, 15), rs.getObject("tm", LocalTime.class));
        }
    }

    @Test
    void setObjectConvertsAndSetNullBindsNull() throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO v(id, i, s, d, f, ts) VALUES (?,?,?,?,?,?)")) {
            p.setObject(1, 2);
            p.setObject(2, "42", Types.INTEGER);
            p.setObject(3, 99, Types.VARCHAR);
            p.setObject(4, 1.25f);
            p.setObject(5, "true", Types.BOOLEAN);
            p.setObject(6, LocalDateTime.of(2020, 1, 1, 0, 0));
            p.executeUpdate();
            p.setObject(1, 3L);
            p.setNull(2, Types.INTEGER);
            p.setObject(3, null);
            p.setNull(4, Types.DOUBLE);
            p.setNull(5, Types.BOOLEAN);
            p.setObject(6, null, Types.TIMESTAMP);
            p.executeUpdate();
        }
        try (ResultSet rs = row(2)) {
            assertEquals(42, rs.getInt("i"));
            assertEquals("99", rs.getString("s"));
            assertEquals(1.25, rs.getDouble("d"));
            assertTrue(rs.getBoolean("f"));
            assertEquals(Timestamp.valueOf("2020-01-01 00:00:00"), rs.getTimestamp("ts"));
        }
        try (ResultSet rs = row(3)) {
            assertNull(rs.getObject("i"));
            assertNull(rs.getString("s"));
            assertEquals(0.0, rs.getDouble("d"));
            assertTrue(rs.wasNull());
            assertNull(rs.getTimestamp("ts"));
        }
    }

    @Test
    void streamsAndCalendars() throws SQLException {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        Timestamp instant = Timestamp.valueOf("2024-06-01 12:00:00");
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO v(id, s, x, ts) VALUES (4, ?, ?, ?)")) {
            p.setCharacterStream(1, new StringReader("from a reader"));
            p.setBinaryStream(2, new ByteArrayInputStream("bytes".getBytes(StandardCharsets.UTF_8)));
            p.setTimestamp(3, instant, utc);
            p.executeUpdate();
        }
        try (ResultSet rs = row(4)) {
            assertEquals("from a reader", rs.getString("s"));
            assertEquals("bytes", new String(rs.getBytes("x"), StandardCharsets.UTF_8));
            assertEquals(instant, rs.getTimestamp("ts", utc));
        }
    }

    @Test
    void reExecutionWithNewParametersAndClearParameters() throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO v(id, s) VALUES (?, ?)")) {
            for (int i = 10; i < 15; i++) {
                p.setInt(1, i);
                p.setString(2, "s" + i);
                assertEquals(1, p.executeUpdate());
            }
            p.clearParameters();
            assertEquals("07001", sqlState(p::executeUpdate));
        }
        assertEquals(5L, count("v"));
    }

    @Test
    void parameterErrors() throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT * FROM v WHERE id = ? AND s = ?")) {
            p.setInt(1, 1);
            assertEquals("07001", sqlState(p::executeQuery));
            assertEquals("07009", sqlState(() -> p.setInt(3, 1)));
            assertEquals("07009", sqlState(() -> p.setString(0, "x")));
            assertEquals("HY010", sqlState(() -> p.executeQuery("SELECT 1")));
            assertEquals("HY010", sqlState(() -> p.addBatch("SELECT 1")));
        }
    }

    @Test
    void batchWithGeneratedKeys() throws SQLException {
        conn.setAutoCommit(false);
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO v(s) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < 100; i++) {
                p.setString(1, "row" + i);
                p.addBatch();
            }
            int[] counts = p.executeBatch();
            assertEquals(100, counts.length);
            for (int c : counts) {
                assertEquals(1, c);
            }
            int keys = 0;
            try (ResultSet rs = p.getGeneratedKeys()) {
                while (rs.next()) {
                    keys++;
                    assertEquals(keys, rs.getLong(1));
                }
            }
            assertEquals(100, keys);
        }
        conn.commit();
        assertEquals(100L, count("v"));
    }

    @Test
    void metadataBeforeExecution() throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT id, s AS label FROM v WHERE i = ?")) {
            ResultSetMetaData md = p.getMetaData();
            assertEquals(2, md.getColumnCount());
            assertEquals("label", md.getColumnLabel(2));
            assertEquals("s", md.getColumnName(2));
            assertEquals("v", md.getTableName(1).toLowerCase());
            ParameterMetaData pm = p.getParameterMetaData();
            assertEquals(1, pm.getParameterCount());
            assertEquals(ParameterMetaData.parameterModeIn, pm.getParameterMode(1));
            assertEquals("07009", sqlState(() -> pm.getParameterType(2)));
        }
        try (PreparedStatement p = conn.prepareStatement("DELETE FROM v")) {
            assertNull(p.getMetaData());
            assertFalse(p.execute());
        }
    }
}
