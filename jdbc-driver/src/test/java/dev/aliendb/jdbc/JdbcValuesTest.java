package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class JdbcValuesTest {
    @Test
    void textRendering() {
        assertEquals("1.0", JdbcValues.toText(1.0));
        assertEquals("0.1", JdbcValues.toText(0.1));
        assertEquals("1.0E20", JdbcValues.toText(1e20));
        assertEquals("12.50", JdbcValues.toText(new BigDecimal("12.50")));
        assertEquals("héllo", JdbcValues.toText("héllo".getBytes(StandardCharsets.UTF_8)));
        assertEquals("2024-02-29 13:05:00", JdbcValues.toText(LocalDateTime.of(2024, 2, 29, 13, 5)));
        assertEquals("13:05:07.25", JdbcValues.toText(LocalTime.of(13, 5, 7, 250_000_000)));
        assertEquals("2024-02-29", JdbcValues.toText(LocalDate.of(2024, 2, 29)));
        assertEquals("42", JdbcValues.toText(42L));
    }

    @Test
    void integers() throws SQLException {
        assertEquals(42, JdbcValues.toLong(42L));
        assertEquals(3, JdbcValues.toLong(3.99));
        assertEquals(-3, JdbcValues.toLong(-3.99));
        assertEquals(12, JdbcValues.toLong(" 12 "));
        assertEquals(12, JdbcValues.toLong("12.7"));
        assertEquals(1, JdbcValues.toLong(true));
        assertEquals(7, JdbcValues.toLong(new BigDecimal("7.9")));
    }

    @Test
    void nonNumericTextIs22018() {
        SQLException e = assertThrows(SQLException.class, () -> JdbcValues.toLong("abc"));
        assertEquals("22018", e.getSQLState());
        assertTrue(e.getMessage().contains("'abc'"), e.getMessage());
        assertEquals("22018", assertThrows(SQLException.class, () -> JdbcValues.toDouble("x1")).getSQLState());
        assertEquals("22018", assertThrows(SQLException.class,
                () -> JdbcValues.toLong(new byte[] {1})).getSQLState());
        assertEquals("22018", assertThrows(SQLException.class, () -> JdbcValues.toLong(Double.NaN)).getSQLState());
    }

    @Test
    void outOfRangeIs22003() {
        assertEquals("22003", assertThrows(SQLException.class,
                () -> JdbcValues.toLongInRange(1L << 40, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int"))
                .getSQLState());
        assertEquals("22003", assertThrows(SQLException.class, () -> JdbcValues.toLong(1e30)).getSQLState());
        assertEquals("22003", assertThrows(SQLException.class,
                () -> JdbcValues.toLong("99999999999999999999")).getSQLState());
    }

    @Test
    void booleans() throws SQLException {
        assertTrue(JdbcValues.toBoolean(1L));
        assertFalse(JdbcValues.toBoolean(0L));
        assertTrue(JdbcValues.toBoolean("TRUE"));
        assertFalse(JdbcValues.toBoolean("no"));
        assertTrue(JdbcValues.toBoolean("2"));
        assertTrue(JdbcValues.toBoolean(0.5));
        assertEquals("22018", assertThrows(SQLException.class, () -> JdbcValues.toBoolean("maybe")).getSQLState());
    }

    @Test
    void decimalsAndDoubles() throws SQLException {
        assertEquals(new BigDecimal("0.1"), JdbcValues.toBigDecimal(0.1));
        assertEquals(new BigDecimal("5"), JdbcValues.toBigDecimal(5L));
        assertEquals(new BigDecimal("1.50"), JdbcValues.toBigDecimal("1.50"));
        assertEquals(2.5, JdbcValues.toDouble("2.5"));
        assertEquals(2.0, JdbcValues.toDouble(2L));
    }

    @Test
    void datesAndTimesFromText() throws SQLException {
        assertEquals(LocalDate.of(2024, 1, 2), JdbcValues.toLocalDate("2024-01-02"));
        assertEquals(LocalDate.of(2024, 1, 2), JdbcValues.toLocalDate("2024-01-02 10:00:00"));
        assertEquals(LocalDateTime.of(2024, 1, 2, 10, 30, 5), JdbcValues.toLocalDateTime("2024-01-02 10:30:05"));
        assertEquals(LocalDateTime.of(2024, 1, 2, 10, 30), JdbcValues.toLocalDateTime("2024-01-02T10:30"));
        assertEquals(LocalDateTime.of(2024, 1, 2, 0, 0), JdbcValues.toLocalDateTime("2024-01-02"));
        assertEquals(LocalTime.of(10, 30, 5), JdbcValues.toLocalTime("10:30:05"));
        assertEquals(LocalTime.of(10, 30, 5), JdbcValues.toLocalTime("2024-01-02 10:30:05"));
        assertEquals("22018", assertThrows(SQLException.class, () -> JdbcValues.toLocalDate("yesterday"))
                .getSQLState());
        assertEquals("22018", assertThrows(SQLException.class, () -> JdbcValues.toLocalTime(5L)).getSQLState());
    }

    @Test
    void bytes() throws SQLException {
        assertArrayEquals(new byte[] {1, 2}, JdbcValues.toBytes(new byte[] {1, 2}));
        assertArrayEquals("ab".getBytes(StandardCharsets.UTF_8), JdbcValues.toBytes("ab"));
    }

    @Test
    void getObjectFollowsTheColumnType() {
        assertEquals(5, JdbcValues.forColumnType(5L, Types.INTEGER));
        assertEquals(1L << 40, JdbcValues.forColumnType(1L << 40, Types.INTEGER));
        assertEquals(5L, JdbcValues.forColumnType(5L, Types.BIGINT));
        assertEquals(true, JdbcValues.forColumnType(1L, Types.BOOLEAN));
        assertEquals(2.0, JdbcValues.forColumnType(2L, Types.DOUBLE));
        assertEquals(new BigDecimal(3), JdbcValues.forColumnType(3L, Types.DECIMAL));
        assertEquals(java.sql.Date.valueOf("2024-01-02"),
                JdbcValues.forColumnType(LocalDate.of(2024, 1, 2), Types.DATE));
        assertEquals(Timestamp.valueOf("2024-01-02 03:04:05"),
                JdbcValues.forColumnType(LocalDateTime.of(2024, 1, 2, 3, 4, 5), Types.TIMESTAMP));
        assertEquals("x", JdbcValues.forColumnType("x", Types.INTEGER));
    }

    @Test
    void parametersBecomeInternalValues() throws SQLException {
        assertEquals(5L, JdbcValues.fromJdbc(5));
        assertEquals(5L, JdbcValues.fromJdbc((short) 5));
        assertEquals(0.1, JdbcValues.fromJdbc(0.1f));
        assertEquals(7L, JdbcValues.fromJdbc(BigInteger.valueOf(7)));
        assertEquals(new BigDecimal("18446744073709551616"), JdbcValues.fromJdbc(BigInteger.ONE.shiftLeft(64)));
        assertEquals("c", JdbcValues.fromJdbc('c'));
        assertEquals(LocalDate.of(2024, 1, 2), JdbcValues.fromJdbc(java.sql.Date.valueOf("2024-01-02")));
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5),
                JdbcValues.fromJdbc(Timestamp.valueOf("2024-01-02 03:04:05")));
        assertEquals("TIMESTAMP", JdbcValues.fromJdbc(Kind.TIMESTAMP));
        assertNull(JdbcValues.fromJdbc(null));
        assertEquals("22018", assertThrows(SQLException.class, () -> JdbcValues.fromJdbc(new Object()))
                .getSQLState());
    }

    private enum Kind { TIMESTAMP }

    @Test
    void parametersWithTargetType() throws SQLException {
        assertEquals(12L, JdbcValues.fromJdbc("12", Types.INTEGER));
        assertEquals("12", JdbcValues.fromJdbc(12, Types.VARCHAR));
        assertEquals(true, JdbcValues.fromJdbc("yes", Types.BOOLEAN));
        assertEquals(new BigDecimal("1.5"), JdbcValues.fromJdbc(1.5, Types.DECIMAL));
        assertEquals(LocalDate.of(2024, 1, 2), JdbcValues.fromJdbc("2024-01-02", Types.DATE));
        assertNull(JdbcValues.fromJdbc("anything", Types.NULL));
        assertEquals("22018", assertThrows(SQLException.class, () -> JdbcValues.fromJdbc("abc", Types.BIGINT))
                .getSQLState());
        assertEquals("0A000", assertThrows(SQLException.class, () -> JdbcValues.fromJdbc("a", Types.ARRAY))
                .getSQLState());
    }
}
