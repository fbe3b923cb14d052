package dev.aliendb.sqllogictest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders one JDBC result value as text exactly as SQLite's reference runner does for the column's type
 * letter, applying SQLite's own conversions to the Java object the driver returned:
 * <ul>
 *   <li>SQL NULL -> {@code NULL} (any type);</li>
 *   <li>{@code I}: {@code sqlite3_column_int64}: reals truncate toward zero (saturating), text takes its
 *       leading integer prefix (0 if none), then {@code %lld};</li>
 *   <li>{@code R}: {@code sqlite3_column_double} (text takes its leading numeric prefix), then {@code %.3f}
 *       rounded half-up on the exact binary value;</li>
 *   <li>{@code T}: {@code sqlite3_column_text} (integers in decimal, reals as SQLite's {@code %!.15g});
 *       the empty string -> {@code (empty)}; every UTF-8 byte below 0x20 or above 0x7e -> {@code @}.</li>
 * </ul>
 */
public final class ValueRenderer {

    private static final Pattern INTEGER_PREFIX = Pattern.compile("^\\s*([+-]?)0*(\\d*)");
    private static final Pattern REAL_PREFIX =
            Pattern.compile("^\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)");
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    private ValueRenderer() {}

    public static String render(Object value, char type) {
        if (value == null) {
            return "NULL";
        }
        return switch (type) {
            case 'I' -> Long.toString(toInt64(value));
            case 'R' -> formatReal3(toDouble(value));
            default -> printable(value instanceof byte[] blob ? blob : toText(value).getBytes(StandardCharsets.UTF_8));
        };
    }

    static long toInt64(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal d) {
            return clamp(d);
        }
        if (value instanceof Number n) {
            return (long) n.doubleValue(); // Java's cast truncates and saturates like SQLite's doubleToInt64
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return textToInt64(toText(value));
    }

    static double toDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        Matcher m = REAL_PREFIX.matcher(toText(value));
        return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
    }

    private static long clamp(BigDecimal d) {
        BigDecimal t = d.setScale(0, RoundingMode.DOWN);
        return t.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : t.compareTo(LONG_MIN) < 0 ? Long.MIN_VALUE : t.longValueExact();
    }

    /** SQLite's sqlite3Atoi64 on a prefix: optional sign and digits, saturating on overflow. */
    private static long textToInt64(String text) {
        Matcher m = INTEGER_PREFIX.matcher(text);
        if (!m.find() || m.group(2).isEmpty()) {
            return 0;
        }
        return clamp(new BigDecimal(m.group(1) + m.group(2)));
    }

    static String toText(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return realText(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal d) {
            return d.scale() <= 0 ? d.toBigInteger().toString() : realText(d.doubleValue());
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return value.toString();
    }

    /** {@code %.3f} as SQLite prints it: half-up on the exact value; a negative value keeps its sign. */
    static String formatReal3(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Inf" : "-Inf";
        }
        String digits = new BigDecimal(Math.abs(d)).setScale(3, RoundingMode.HALF_UP).toPlainString();
        return d < 0 ? "-" + digits : digits;
    }

    /** SQLite's rendering of a REAL as text ({@code %!.15g}): 15 significant digits, always a decimal point. */
    static String realText(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Inf" : "-Inf";
        }
        if (d == 0) {
            return "0.0";
        }
        BigDecimal rounded = new BigDecimal(Math.abs(d)).round(new MathContext(15, RoundingMode.HALF_UP));
        String sign = d < 0 ? "-" : "";
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        digits = digits.replaceFirst("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        if (exponent < -4 || exponent > 14) {
            String mantissa = digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain;
        if (exponent < 0) {
            plain = "0." + "0".repeat(-exponent - 1) + digits;
        } else if (digits.length() > exponent + 1) {
            plain = digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
        } else {
            plain = digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
        }
        return sign + plain;
    }

    /** The reference's text filter: (empty) for no bytes, every byte outside 0x20..0x7e -> '@'. */
    static String printable(byte[] bytes) {
        if (bytes.length == 0) {
            return "(empty)";
        }
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xff;
            out.append(c < 0x20 || c > 0x7e ? '@' : (char) c);
        }
        return out.toString();
    }
}
