package dev.aliendb.engine;

import dev.aliendb.engine.record.SqlValues;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * SQLite column affinity, derived from the declared type by SQLite's rules (section 3.1 of datatype3.html),
 * and the conversions SQLite applies when a value is stored in a column of that affinity (section 4).
 * Values of the extra Java types (BigDecimal, Boolean, LocalDate/Time/DateTime) are kept as given in
 * NUMERIC columns (DECIMAL, BOOLEAN, DATE, TIME, TIMESTAMP declare NUMERIC affinity).
 */
public enum Affinity {
    INTEGER, REAL, NUMERIC, TEXT, BLOB;

    /** SQLite's rules, in order: INT -> INTEGER; CHAR, CLOB, TEXT -> TEXT; BLOB or none -> BLOB; REAL, FLOA, DOUB -> REAL; else NUMERIC. */
    public static Affinity of(String declaredType) {
        String t = declaredType == null ? "" : declaredType.toUpperCase(Locale.ROOT);
        if (t.contains("INT")) {
            return INTEGER;
        }
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
            return TEXT;
        }
        if (t.contains("BLOB") || t.isBlank()) {
            return BLOB;
        }
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
            return REAL;
        }
        return NUMERIC;
    }

    /**
     * The value as stored in a column of this affinity. {@code value} must be normalized
     * ({@link SqlValues#normalize}). TEXT turns numbers and temporals into their SQLite text; INTEGER and
     * NUMERIC turn numeric text into numbers and exact-integer reals into integers; REAL turns numbers and
     * numeric text into reals; BLOB changes nothing.
     */
    public Object apply(Object value) {
        if (value == null || value instanceof byte[] || this == BLOB) {
            return value;
        }
        return switch (this) {
            case TEXT -> toText(value);
            case REAL -> toReal(value);
            default -> toNumeric(value);
        };
    }

    private static Object toText(Object v) {
        if (v instanceof Double d) {
            return SqlValues.formatReal(d);
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (SqlValues.isTemporal(v)) {
            return SqlValues.temporalText(v);
        }
        return v instanceof Long ? v.toString() : v;
    }

    private static Object toReal(Object v) {
        Object n = v instanceof String s ? SqlValues.parseNumber(s) : v;
        if (n instanceof Long l) {
            return (double) l;
        }
        if (n instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (n instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (n instanceof Double d && d == 0) {
            return 0.0; // SQLite keeps integral reals of a REAL column as integers on disk: -0.0 reads back as 0.0
        }
        return n == null ? v : n;
    }

    private Object toNumeric(Object v) {
        if (v instanceof String s) {
            Object n = SqlValues.parseNumber(s);
            return n instanceof Double d ? integral(d) : (n == null ? v : n);
        }
        if (v instanceof Double d) {
            return integral(d);
        }
        if (this == INTEGER && v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (this == INTEGER && v instanceof BigDecimal d) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException notAnExactLong) {
                return v;
            }
        }
        return v;
    }

    private static Object integral(double d) {
        Long exact = SqlValues.exactLong(d);
        return exact != null ? (Object) exact : (Object) d;
    }
}
