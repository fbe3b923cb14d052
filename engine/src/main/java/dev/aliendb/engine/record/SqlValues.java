package dev.aliendb.engine.record;

import dev.aliendb.engine.EngineException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * The value domain of the engine and SQLite's text forms of values. A stored value is one of {@code null},
 * {@link Long}, {@link Double}, {@link String}, {@code byte[]}, {@link BigDecimal}, {@link Boolean},
 * {@link LocalDate}, {@link LocalTime}, {@link LocalDateTime}; {@link #normalize} maps the other boxed Java
 * numbers onto these and rejects everything else.
 */
public final class SqlValues {
    /** A well-formed SQLite numeric literal with optional surrounding spaces (no hex, no Infinity/NaN). */
    private static final Pattern NUMERIC_TEXT =
            Pattern.compile("[ \\t\\n\\f\\r]*[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?[ \\t\\n\\f\\r]*");
    private static final Pattern INTEGER_TEXT = Pattern.compile("[ \\t\\n\\f\\r]*[+-]?[0-9]+[ \\t\\n\\f\\r]*");
    private static final MathContext FIFTEEN_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    /** 2^63 as a double: the smallest double above every long. */
    private static final double TWO_POW_63 = 9.223372036854775808E18;

    private SqlValues() {
    }

    /**
     * The engine's representation of {@code v}: Integer/Short/Byte become Long, Float becomes Double, NaN
     * becomes null (as in SQLite); unsupported classes fail with SQLSTATE HY004.
     */
    public static Object normalize(Object v) throws EngineException {
        if (v instanceof String text) {
            return checkedText(text);
        }
        if (v == null || v instanceof Long || v instanceof byte[] || v instanceof Boolean
                || v instanceof BigDecimal || v instanceof LocalDate || v instanceof LocalTime
                || v instanceof LocalDateTime) {
            return v;
        }
        if (v instanceof Double d) {
            return d.isNaN() ? null : d;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.isNaN() ? null : (double) f;
        }
        if (v instanceof java.math.BigInteger b) {
            return new BigDecimal(b);
        }
        throw new EngineException("HY004", "unsupported value type: " + v.getClass().getName());
    }

    /**
     * Text must be valid UTF-16 to be stored as UTF-8: a lone surrogate would silently become '?' (and make
     * distinct strings equal keys), so it is refused with SQLSTATE 22021.
     */
    private static String checkedText(String text) throws EngineException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    throw new EngineException("22021", "invalid text: unpaired UTF-16 surrogate at index " + i);
                }
                i++;
            }
        }
        return text;
    }

    /** SQLite's rendering of a REAL as text ({@code printf("%!.15g")}): 1.0, 0.1, 1.0e+20, 2.5e-07, Inf. */
    public static String formatReal(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "Inf" : "-Inf";
        }
        if (d == 0) {
            return "0.0";
        }
        // SQLite rounds its decimal expansion half-up at 15 digits. Its expansion is approximate (double-double
        // scaling), ours exact: for about 0.5% of doubles needing 16+ digits the last digit differs.
        BigDecimal rounded = new BigDecimal(d).round(FIFTEEN_DIGITS).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 15) {
            String digits = rounded.unscaledValue().abs().toString();
            String mantissa = digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
            String exp = String.format("%02d", Math.abs(exponent));
            return (rounded.signum() < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        String plain = rounded.toPlainString();
        return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }

    /** The text SQLite would hold for a temporal value: {@code yyyy-MM-dd}, {@code HH:mm:ss[.f]}, both joined by a space. */
    public static String temporalText(Object v) {
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof LocalTime t) {
            return timeText(t);
        }
        LocalDateTime ts = (LocalDateTime) v;
        return ts.toLocalDate() + " " + timeText(ts.toLocalTime());
    }

    private static String timeText(LocalTime t) {
        String s = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        if (t.getNano() == 0) {
            return s;
        }
        String nanos = String.format("%09d", t.getNano());
        int end = nanos.length();
        while (nanos.charAt(end - 1) == '0') {
            end--;
        }
        return s + "." + nanos.substring(0, end);
    }

    public static boolean isTemporal(Object v) {
        return v instanceof LocalDate || v instanceof LocalTime || v instanceof LocalDateTime;
    }

    /**
     * The number {@code text} spells as a well-formed SQLite numeric literal (surrounding spaces allowed):
     * a Long when it is an integer literal within range, otherwise a Double; null when it is not numeric.
     */
    public static Object parseNumber(String text) {
        if (text.length() > 400 || !NUMERIC_TEXT.matcher(text).matches()) {
            return null;
        }
        String t = text.strip();
        if (INTEGER_TEXT.matcher(t).matches()) {
            try {
                return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            } catch (NumberFormatException outOfRange) {
                return Double.parseDouble(t);
            }
        }
        return Double.parseDouble(t);
    }

    /** {@code d} as a Long when it is an exact integer strictly inside the long range, else null. */
    public static Long exactLong(double d) {
        if (d > -TWO_POW_63 && d < TWO_POW_63 && d == Math.rint(d)) {
            return (long) d;
        }
        return null;
    }
}
