package dev.aliendb.sql.eval;

import dev.aliendb.engine.Affinity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Conversions between SQLite's storage classes (NULL, INTEGER=Long, REAL=Double, TEXT=String, BLOB=byte[])
 * exactly as SQLite performs them: CAST, arithmetic operand conversion, affinity, and REAL rendering
 * ("%!.15g"). Typed Java values a column may hold are first normalised to a storage class
 * ({@link #normalize}). All methods are pure; none accepts Integer/Float except {@link #normalize}.
 */
final class Conversions {
    /** Built on first use: java.time's formatter machinery is ~40 classes most statements never need. */
    private static final class DateTime {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");
    }

    /** 2^63 as a double: the first double above the long range. */
    private static final double TWO_POW_63 = 9.223372036854775807E18;

    private Conversions() {
    }

    /** Maps any supported Java value to one of null, Long, Double, String, byte[]. */
    static Object normalize(Object v) {
        if (v == null || v instanceof Long || v instanceof Double || v instanceof String || v instanceof byte[]) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float) {
            return ((Float) v).doubleValue();
        }
        if (v instanceof BigDecimal) {
            return fromBigDecimal((BigDecimal) v);
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? 1L : 0L;
        }
        if (v instanceof LocalDateTime) {
            return DateTime.FORMAT.format((LocalDateTime) v);
        }
        if (v instanceof LocalDate || v instanceof LocalTime || v instanceof Character) {
            return v.toString();
        }
        if (v instanceof Number) {
            return ((Number) v).doubleValue();
        }
        return v.toString();
    }

    /** Long when integral and in range, else Double. */
    static Object fromBigDecimal(BigDecimal d) {
        if (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException tooBig) {
                return d.doubleValue();
            }
        }
        return d.doubleValue();
    }

    /**
     * The number an arithmetic operator sees for {@code v} (SQLite's numericType): Long or Double, null for
     * NULL. Text converts by its longest numeric prefix ('12abc' -> 12, 'abc' -> 0, '1e3' -> 1000.0).
     */
    static Object numeric(Object v) {
        if (v == null || v instanceof Long || v instanceof Double) {
            return v;
        }
        if (v instanceof String) {
            return textToNumber((String) v);
        }
        if (v instanceof byte[]) {
            return textToNumber(blobText((byte[]) v));
        }
        return numeric(normalize(v));
    }

    private static Object textToNumber(String s) {
        NumericText.Scan scan = NumericText.atof(s, new NumericText.Scan());
        double real = scan.real;
        int rc = scan.rc;
        if (rc == NumericText.INTEGER_PREFIX || rc == NumericText.PURE_INTEGER) {
            NumericText.atoi64(s, scan);
            int limit = rc == NumericText.PURE_INTEGER ? NumericText.INT_OK : NumericText.INT_EXTRA_TEXT;
            if (scan.rc <= limit) {
                return scan.integer;
            }
        }
        return real;
    }

    /** CAST(v AS INTEGER) for non-null v: text by integer prefix, reals truncated and clamped. */
    static long toLong(Object v) {
        if (v instanceof Long) {
            return (Long) v;
        }
        if (v instanceof Double) {
            return doubleToLong((Double) v);
        }
        if (v instanceof String) {
            return NumericText.atoi64((String) v, new NumericText.Scan()).integer;
        }
        if (v instanceof byte[]) {
            return toLong(blobText((byte[]) v));
        }
        return toLong(normalize(v));
    }

    /** SQLite's doubleToInt64: truncation toward zero, saturating at the long range. */
    static long doubleToLong(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        if (d <= -TWO_POW_63) {
            return Long.MIN_VALUE;
        }
        if (d >= TWO_POW_63) {
            return Long.MAX_VALUE;
        }
        return (long) d;
    }

    /** CAST(v AS REAL) for non-null v. */
    static double toDouble(Object v) {
        if (v instanceof Double) {
            return (Double) v;
        }
        if (v instanceof Long) {
            return ((Long) v).doubleValue();
        }
        if (v instanceof String) {
            return NumericText.atof((String) v, new NumericText.Scan()).real;
        }
        if (v instanceof byte[]) {
            return toDouble(blobText((byte[]) v));
        }
        return toDouble(normalize(v));
    }

    /** CAST(v AS NUMERIC) for non-null v: numbers unchanged; text INTEGER when exact, else REAL. */
    static Object toNumeric(Object v) {
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof Double) {
            return v;
        }
        if (v instanceof String || v instanceof byte[]) {
            String s = v instanceof String ? (String) v : blobText((byte[]) v);
            NumericText.Scan scan = NumericText.atof(s, new NumericText.Scan());
            double real = scan.real;
            int rc = scan.rc;
            if ((rc == NumericText.INTEGER_PREFIX || rc == NumericText.PURE_INTEGER)
                    && NumericText.atoi64(s, scan).rc <= NumericText.INT_EXTRA_TEXT) {
                return scan.integer;
            }
            return realAsIntegerIfExact(real);
        }
        return toNumeric(normalize(v));
    }

    private static Object realAsIntegerIfExact(double d) {
        if (d > -TWO_POW_63 && d < TWO_POW_63) {
            long l = (long) d;
            if (l == d) {
                return l;
            }
        }
        return d;
    }

    /** CAST(v AS TEXT) / text rendering for non-null v. */
    static String toText(Object v) {
        if (v instanceof String) {
            return (String) v;
        }
        if (v instanceof Long) {
            return v.toString();
        }
        if (v instanceof Double) {
            return realToText((Double) v);
        }
        if (v instanceof byte[]) {
            return blobText((byte[]) v);
        }
        return toText(normalize(v));
    }

    /** CAST(v AS BLOB) for non-null v. */
    static byte[] toBlob(Object v) {
        if (v instanceof byte[]) {
            return (byte[]) v;
        }
        return toText(v).getBytes(StandardCharsets.UTF_8);
    }

    static String blobText(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** SQLite's "%!.15g": 15 significant digits, always a decimal point ("1.0", "1.5e+20", "Inf"). */
    static String realToText(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
            return (long) d + ".0";
        }
        return Printf.general(d, 15, true);
    }

    /**
     * Applies a column affinity as SQLite does when storing a value: TEXT renders numbers, NUMERIC/INTEGER
     * turn well-formed numeric text into numbers (integers when exact), REAL forces numbers to REAL, BLOB
     * (none) leaves values alone.
     */
    static Object applyAffinity(Object v, Affinity affinity) {
        v = normalize(v);
        if (v == null || affinity == Affinity.BLOB) {
            return v;
        }
        switch (affinity) {
            case TEXT:
                return v instanceof Long || v instanceof Double ? toText(v) : v;
            case REAL: {
                Object n = storedNumber(v);
                return n instanceof Long ? (Object) ((Long) n).doubleValue() : n;
            }
            default:
                return storedNumber(v);
        }
    }

    private static Object storedNumber(Object v) {
        if (v instanceof Double) {
            return realAsIntegerIfExact((Double) v);
        }
        if (v instanceof String) {
            Object n = wellFormedNumber((String) v);
            return n == null ? v : n instanceof Double ? realAsIntegerIfExact((Double) n) : n;
        }
        return v;
    }

    /**
     * The number a text is when the whole text (ignoring surrounding white space) is numeric, else null.
     * Used for numeric affinity in comparisons (no conversion of exact reals to integers there).
     */
    static Object wellFormedNumber(String s) {
        NumericText.Scan scan = NumericText.atof(s, new NumericText.Scan());
        if (scan.rc <= 0) {
            return null;
        }
        double real = scan.real;
        if (scan.rc == NumericText.PURE_INTEGER && NumericText.atoi64(s, scan).rc == NumericText.INT_OK) {
            return scan.integer;
        }
        return real;
    }
}
