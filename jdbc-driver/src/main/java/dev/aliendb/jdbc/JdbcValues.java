package dev.aliendb.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Conversions between the SQL layer's internal values (null, Long, Double, String, byte[], BigDecimal, Boolean,
 * LocalDate, LocalTime, LocalDateTime) and the types JDBC getters return. Every conversion is exact or fails:
 * text that is not a number gives 22018, a number outside the target's range gives 22003. Fractions are
 * truncated toward zero when an integer is asked for (JDBC's rule). Callers handle null before calling the
 * {@code to*} methods.
 */
final class JdbcValues {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private JdbcValues() {
    }

    static String toText(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return formatDouble(d);
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate() + " " + formatTime(t.toLocalTime());
        }
        if (v instanceof LocalTime t) {
            return formatTime(t);
        }
        return String.valueOf(v);
    }

    /** SQLite's rendering: integral doubles keep a ".0", others use the shortest exact decimal form. */
    static String formatDouble(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return (long) d + ".0";
        }
        return Double.toString(d);
    }

    private static String formatTime(LocalTime t) {
        String s = String.format(Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        if (t.getNano() == 0) {
            return s;
        }
        String nanos = String.format(Locale.ROOT, "%09d", t.getNano()).replaceAll("0+$", "");
        return s + "." + nanos;
    }

    static long toLong(Object v) throws SQLException {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            if (Double.isNaN(d)) {
                throw SqlErrors.conversion(v, "an integer");
            }
            return bigToLong(BigDecimal.valueOf(d), v);
        }
        if (v instanceof BigDecimal b) {
            return bigToLong(b, v);
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            return bigToLong(parseNumber(s, "an integer"), v);
        }
        throw SqlErrors.conversion(v, "an integer");
    }

    private static long bigToLong(BigDecimal b, Object original) throws SQLException {
        BigDecimal truncated = b.setScale(0, RoundingMode.DOWN);
        if (truncated.compareTo(LONG_MIN) < 0 || truncated.compareTo(LONG_MAX) > 0) {
            throw outOfRange(original, "a 64-bit integer");
        }
        return truncated.longValueExact();
    }

    static long toLongInRange(Object v, long min, long max, String target) throws SQLException {
        long l = toLong(v);
        if (l < min || l > max) {
            throw outOfRange(v, target);
        }
        return l;
    }

    static double toDouble(Object v) throws SQLException {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigDecimal b) {
            return b.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            return parseNumber(s, "a floating-point number").doubleValue();
        }
        throw SqlErrors.conversion(v, "a floating-point number");
    }

    static BigDecimal toBigDecimal(Object v) throws SQLException {
        if (v instanceof BigDecimal b) {
            return b;
        }
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw SqlErrors.conversion(v, "DECIMAL");
            }
            return BigDecimal.valueOf(d);
        }
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v instanceof String s) {
            return parseNumber(s, "DECIMAL");
        }
        throw SqlErrors.conversion(v, "DECIMAL");
    }

    static boolean toBoolean(Object v) throws SQLException {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof Double d) {
            return d != 0;
        }
        if (v instanceof BigDecimal b) {
            return b.signum() != 0;
        }
        if (v instanceof String s) {
            switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "true", "t", "yes", "y", "on":
                    return true;
                case "false", "f", "no", "n", "off":
                    return false;
                default:
                    return parseNumber(s, "BOOLEAN").signum() != 0;
            }
        }
        throw SqlErrors.conversion(v, "BOOLEAN");
    }

    static byte[] toBytes(Object v) throws SQLException {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw SqlErrors.conversion(v, "bytes");
    }

    static LocalDate toLocalDate(Object v) throws SQLException {
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (v instanceof String s) {
            String text = s.trim();
            try {
                return text.length() > 10 ? parseDateTime(text).toLocalDate() : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw SqlErrors.conversion(v, "DATE");
            }
        }
        throw SqlErrors.conversion(v, "DATE");
    }

    static LocalTime toLocalTime(Object v) throws SQLException {
        if (v instanceof LocalTime t) {
            return t;
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalTime();
        }
        if (v instanceof String s) {
            String text = s.trim();
            try {
                return text.length() > 10 && text.charAt(4) == '-'
                        ? parseDateTime(text).toLocalTime() : LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                throw SqlErrors.conversion(v, "TIME");
            }
        }
        throw SqlErrors.conversion(v, "TIME");
    }

    static LocalDateTime toLocalDateTime(Object v) throws SQLException {
        if (v instanceof LocalDateTime t) {
            return t;
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (v instanceof String s) {
            String text = s.trim();
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : parseDateTime(text);
            } catch (DateTimeParseException e) {
                throw SqlErrors.conversion(v, "TIMESTAMP");
            }
        }
        throw SqlErrors.conversion(v, "TIMESTAMP");
    }

    private static LocalDateTime parseDateTime(String text) {
        return LocalDateTime.parse(text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11) : text);
    }

    private static BigDecimal parseNumber(String s, String target) throws SQLException {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw SqlErrors.conversion(s, target);
        }
    }

    private static SQLException outOfRange(Object v, String target) {
        return new SQLException("value " + toText(v) + " is out of range for " + target, SqlErrors.OUT_OF_RANGE);
    }

    /**
     * The object {@code ResultSet.getObject(int)} returns for a value of a column whose JDBC type is
     * {@code sqlType}: the type JDBC's mapping table names when the conversion is exact, else the value itself.
     */
    static Object forColumnType(Object v, int sqlType) {
        if (v instanceof LocalDate d) {
            return java.sql.Date.valueOf(d);
        }
        if (v instanceof LocalTime t) {
            return Time.valueOf(t);
        }
        if (v instanceof LocalDateTime t) {
            return Timestamp.valueOf(t);
        }
        switch (sqlType) {
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT:
                return v instanceof Long l && l == l.intValue() ? (Object) l.intValue() : v;
            case Types.BOOLEAN, Types.BIT:
                return v instanceof Long l && (l == 0 || l == 1) ? (Object) (l == 1) : v;
            case Types.DOUBLE, Types.FLOAT, Types.REAL:
                return v instanceof Long l && (double) l == l ? (Object) l.doubleValue() : v;
            case Types.DECIMAL, Types.NUMERIC:
                return v instanceof Long l ? BigDecimal.valueOf(l) : v;
            default:
                return v;
        }
    }

    /** Converts a parameter value given by the application into an internal value. */
    static Object fromJdbc(Object x) throws SQLException {
        if (x == null || x instanceof Long || x instanceof Double || x instanceof String || x instanceof byte[]
                || x instanceof BigDecimal || x instanceof Boolean || x instanceof LocalDate
                || x instanceof LocalTime || x instanceof LocalDateTime) {
            return x;
        }
        if (x instanceof Integer || x instanceof Short || x instanceof Byte) {
            return ((Number) x).longValue();
        }
        if (x instanceof Float f) {
            return Double.valueOf(f.toString()); // 0.1f becomes 0.1, not 0.10000000149011612
        }
        if (x instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : new BigDecimal(b);
        }
        if (x instanceof Character || x instanceof java.util.UUID || x instanceof StringBuilder) {
            return x.toString();
        }
        if (x instanceof Enum<?> e) {
            return e.name();
        }
        if (x instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (x instanceof Time t) {
            return t.toLocalTime();
        }
        if (x instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (x instanceof java.util.Date d) {
            return LocalDateTime.ofInstant(d.toInstant(), ZoneId.systemDefault());
        }
        throw new SQLException("unsupported parameter type " + x.getClass().getName(), SqlErrors.CONVERSION);
    }

    /** Converts an application value to the internal representation of JDBC type {@code sqlType}. */
    static Object fromJdbc(Object x, int sqlType) throws SQLException {
        Object v = fromJdbc(x);
        if (v == null) {
            return null;
        }
        switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT:
                return toLong(v);
            case Types.REAL, Types.FLOAT, Types.DOUBLE:
                return toDouble(v);
            case Types.DECIMAL, Types.NUMERIC:
                return toBigDecimal(v);
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB:
                return toText(v);
            case Types.BIT, Types.BOOLEAN:
                return toBoolean(v);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
                return toBytes(v);
            case Types.DATE:
                return toLocalDate(v);
            case Types.TIME:
                return toLocalTime(v);
            case Types.TIMESTAMP:
                return toLocalDateTime(v);
            case Types.NULL:
                return null;
            case Types.OTHER, Types.JAVA_OBJECT:
                return v;
            default:
                throw SqlErrors.unsupported("parameter type " + sqlType);
        }
    }
}
