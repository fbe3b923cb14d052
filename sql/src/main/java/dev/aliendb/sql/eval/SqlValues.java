package dev.aliendb.sql.eval;

import dev.aliendb.engine.Affinity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Value semantics of SQLite shared by evaluator and executor: the total order used by ORDER BY, MIN/MAX
 * and comparisons after affinity (NULL &lt; INTEGER/REAL by value &lt; TEXT by code point &lt; BLOB by
 * unsigned bytes), truth of a value in WHERE/AND/OR (NULL is unknown, numbers are true when non-zero, text
 * and blobs by their numeric prefix), grouping equality (1 and 1.0 are the same group, NULLs group
 * together), JDBC parameter conversion, column affinity on store and text rendering.
 */
public final class SqlValues {
    private SqlValues() {
    }

    /** SQLite's ordering of two values; NULLs sort first and equal each other. */
    public static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        if (b == null) {
            return 1;
        }
        if (a instanceof Long && b instanceof Long) {
            return Long.compare((Long) a, (Long) b);
        }
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return ra < rb ? -1 : 1;
        }
        switch (ra) {
            case 1:
                return compareNumbers(a, b);
            case 2:
                return compareText(text(a), text(b));
            default:
                return compareBlobs((byte[]) a, (byte[]) b);
        }
    }

    /** Storage class order: 0 NULL, 1 number, 2 text, 3 blob. Typed values rank as their storage class. */
    static int rank(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Long || v instanceof Double || v instanceof BigDecimal || v instanceof Boolean
                || v instanceof Integer) {
            return 1;
        }
        if (v instanceof byte[]) {
            return 3;
        }
        if (v instanceof String) {
            return 2;
        }
        return rank(Conversions.normalize(v));
    }

    private static String text(Object v) {
        return v instanceof String ? (String) v : Conversions.toText(v);
    }

    static int compareNumbers(Object a, Object b) {
        Object x = Conversions.numeric(a);
        Object y = Conversions.numeric(b);
        if (x instanceof Long) {
            return y instanceof Long ? Long.compare((Long) x, (Long) y) : compareLongDouble((Long) x, (Double) y);
        }
        if (y instanceof Long) {
            return -compareLongDouble((Long) y, (Double) x);
        }
        double dx = (Double) x;
        double dy = (Double) y;
        return dx < dy ? -1 : dx > dy ? 1 : 0;
    }

    /** Exact comparison of a long with a double (no rounding of the long). */
    static int compareLongDouble(long l, double d) {
        if (d < -9.223372036854775808E18) {
            return 1;
        }
        if (d >= 9.223372036854775808E18) {
            return -1;
        }
        long truncated = (long) d;
        if (l != truncated) {
            return l < truncated ? -1 : 1;
        }
        double fraction = d - truncated;
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }

    /** BINARY collation: the order of the UTF-8 encodings, i.e. code point order. */
    static int compareText(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                boolean sa = Character.isSurrogate(ca);
                boolean sb = Character.isSurrogate(cb);
                if (sa != sb) {
                    return sa ? 1 : -1; // a supplementary code point sorts after every BMP char
                }
                return ca < cb ? -1 : 1;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    static int compareBlobs(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }

    /** Truth value of a condition result: null when unknown. */
    public static Boolean truth(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Long) {
            return (Long) v != 0;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof Double) {
            return (Double) v != 0.0;
        }
        return Conversions.toDouble(v) != 0.0;
    }

    /** True only when the condition is true (WHERE/HAVING/ON semantics). */
    public static boolean isTrue(Object v) {
        return Boolean.TRUE.equals(truth(v));
    }

    /** Grouping/DISTINCT equality: same storage class rank and compare == 0 (1 equals 1.0; NULL equals NULL). */
    public static boolean same(Object a, Object b) {
        return compare(a, b) == 0;
    }

    /** Hash consistent with {@link #same}. */
    public static int hash(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Long) {
            return Long.hashCode((Long) v);
        }
        if (v instanceof Double) {
            double d = (Double) v;
            long l = (long) d;
            return l == d ? Long.hashCode(l) : Double.hashCode(d);
        }
        if (v instanceof String) {
            return v.hashCode();
        }
        if (v instanceof byte[]) {
            return Arrays.hashCode((byte[]) v);
        }
        return hash(Conversions.normalize(v));
    }

    /** A row of values usable as a HashMap key with SQLite grouping equality. */
    public static Key key(Object[] values) {
        return new Key(values);
    }

    /** See {@link #key}. */
    public static final class Key {
        private final Object[] values;
        private final int hash;

        private Key(Object[] values) {
            this.values = values;
            int h = 1;
            for (Object v : values) {
                h = 31 * h + hash(v);
            }
            this.hash = h;
        }

        public Object[] values() {
            return values;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key) || ((Key) o).hash != hash) {
                return false;
            }
            Object[] other = ((Key) o).values;
            if (other.length != values.length) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (!same(values[i], other[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Converts a JDBC parameter value: Integer/Short/Byte -> Long, Float -> Double, BigInteger -> Long or
     * Double, java.sql.Date/Time/Timestamp -> LocalDate/LocalTime/LocalDateTime, Character -> String;
     * null, Long, Double, String, byte[], BigDecimal, Boolean and java.time values are kept.
     */
    public static Object fromJdbc(Object v) throws SQLException {
        if (v == null || v instanceof Long || v instanceof Double || v instanceof String || v instanceof byte[]
                || v instanceof BigDecimal || v instanceof Boolean || v instanceof java.time.LocalDate
                || v instanceof java.time.LocalTime || v instanceof java.time.LocalDateTime) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float) {
            return ((Float) v).doubleValue();
        }
        if (v instanceof BigInteger) {
            BigInteger b = (BigInteger) v;
            return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
        }
        if (v instanceof java.sql.Date) {
            return ((java.sql.Date) v).toLocalDate();
        }
        if (v instanceof java.sql.Time) {
            return ((java.sql.Time) v).toLocalTime();
        }
        if (v instanceof java.sql.Timestamp) {
            return ((java.sql.Timestamp) v).toLocalDateTime();
        }
        if (v instanceof Character) {
            return v.toString();
        }
        if (v instanceof java.time.OffsetDateTime) {
            return ((java.time.OffsetDateTime) v).toLocalDateTime();
        }
        throw new SQLException("unsupported parameter type " + v.getClass().getName(), "22023");
    }

    /** The value SQLite stores for {@code v} in a column of the given affinity. */
    public static Object applyAffinity(Object v, Affinity affinity) {
        return Conversions.applyAffinity(v, affinity);
    }

    /** Storage-class value of any supported Java value (null, Long, Double, String or byte[]). */
    public static Object normalize(Object v) {
        return Conversions.normalize(v);
    }

    /** CAST(v AS TEXT): SQLite's text for a value (REAL as "%!.15g"), null for NULL. */
    public static String toText(Object v) {
        return v == null ? null : Conversions.toText(v);
    }

    /** SQLite's typeof(): "null", "integer", "real", "text" or "blob". */
    public static String typeName(Object v) {
        Object n = Conversions.normalize(v);
        if (n == null) {
            return "null";
        }
        if (n instanceof Long) {
            return "integer";
        }
        if (n instanceof Double) {
            return "real";
        }
        return n instanceof String ? "text" : "blob";
    }
}
