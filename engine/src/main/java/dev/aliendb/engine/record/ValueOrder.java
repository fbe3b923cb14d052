package dev.aliendb.engine.record;

import java.math.BigDecimal;

/**
 * SQLite's ordering of values (BINARY collation), the order index keys follow: NULL &lt; numbers &lt; text &lt;
 * blob. Numbers (Long, Double, BigDecimal, Boolean as 0/1) compare by exact numeric value, so 1 == 1.0 and
 * 2^53+1 &gt; 2^53 as a double. Text compares by Unicode code point (= UTF-8 byte order); temporal values
 * compare as their SQL text ({@link SqlValues#temporalText}). Blobs compare as unsigned bytes, shorter
 * first on a common prefix. Values must be normalized ({@link SqlValues#normalize}).
 */
public final class ValueOrder {
    private ValueOrder() {
    }

    /** 0 null, 1 number, 2 text, 3 blob. */
    public static int storageClass(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof byte[]) {
            return 3;
        }
        if (v instanceof Number || v instanceof Boolean) {
            return 1;
        }
        return 2;
    }

    /**
     * Compares two values; besides the engine's own classes it accepts other boxed Java numbers (Integer,
     * Float, BigInteger, ...) as numbers and any other object as the text of its {@code toString()}.
     */
    public static int compare(Object a, Object b) {
        a = canonical(a);
        b = canonical(b);
        int ca = storageClass(a);
        int cb = storageClass(b);
        if (ca != cb) {
            return Integer.compare(ca, cb);
        }
        return switch (ca) {
            case 0 -> 0;
            case 1 -> compareNumbers(a, b);
            case 2 -> compareText(text(a), text(b));
            default -> java.util.Arrays.compareUnsigned((byte[]) a, (byte[]) b);
        };
    }

    static String text(Object v) {
        return v instanceof String s ? s : SqlValues.isTemporal(v) ? SqlValues.temporalText(v) : String.valueOf(v);
    }

    /** Maps numbers of other Java classes onto Long, Double and BigDecimal; everything else is unchanged. */
    private static Object canonical(Object v) {
        if (v == null || v instanceof Long || v instanceof Double || v instanceof BigDecimal || v instanceof Boolean
                || !(v instanceof Number n)) {
            return v;
        }
        if (v instanceof Float) {
            return n.doubleValue();
        }
        return v instanceof java.math.BigInteger big ? (Object) new BigDecimal(big) : (Object) n.longValue();
    }

    /** Code point order of two strings. */
    public static int compareText(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return Integer.compare(codePointRank(x), codePointRank(y));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** Maps UTF-16 units so that surrogates (supplementary code points) sort after U+E000..U+FFFF. */
    private static int codePointRank(char c) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            return c + 0x2000;
        }
        return c >= 0xE000 ? c - 0x800 : c;
    }

    static int compareNumbers(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue() ? 0 : (x < y ? -1 : 1);
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            return compareDecimal(a, b);
        }
        if (a instanceof Double x) {
            return -compareLongDouble(asLong(b), x);
        }
        if (b instanceof Double y) {
            return compareLongDouble(asLong(a), y);
        }
        return Long.compare(asLong(a), asLong(b));
    }

    private static long asLong(Object v) {
        return v instanceof Boolean bool ? (bool ? 1 : 0) : (Long) v;
    }

    private static int compareLongDouble(long l, double d) {
        if (d >= 9.223372036854775808E18) {
            return -1;
        }
        if (d < -9.223372036854775808E18) {
            return 1;
        }
        long t = (long) d;
        if (l != t) {
            return Long.compare(l, t);
        }
        double fraction = d - (double) t;
        return fraction == 0 ? 0 : (fraction > 0 ? -1 : 1);
    }

    private static int compareDecimal(Object a, Object b) {
        int ia = infinity(a);
        int ib = infinity(b);
        if (ia != 0 || ib != 0) {
            return Integer.compare(ia, ib);
        }
        return toDecimal(a).compareTo(toDecimal(b));
    }

    private static int infinity(Object v) {
        if (v instanceof Double d && d.isInfinite()) {
            return d > 0 ? 1 : -1;
        }
        return 0;
    }

    /** The exact value of a finite number. */
    static BigDecimal toDecimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Double d) {
            return new BigDecimal(d);
        }
        return BigDecimal.valueOf(asLong(v));
    }
}
