package dev.aliendb.engine.record;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An independent, deliberately naive statement of SQLite's value order for tests: classes NULL, number,
 * text, blob; numbers as exact BigDecimals (infinities at the ends); text as UTF-8 bytes; blobs as bytes.
 */
final class ReferenceOrder {
    private ReferenceOrder() {
    }

    static int compare(Object a, Object b) {
        int ca = rank(a);
        int cb = rank(b);
        if (ca != cb) {
            return Integer.signum(ca - cb);
        }
        if (ca == 1) {
            return compareNumbers(a, b);
        }
        if (ca == 2) {
            return Integer.signum(Arrays.compareUnsigned(utf8(a), utf8(b)));
        }
        return ca == 3 ? Integer.signum(Arrays.compareUnsigned((byte[]) a, (byte[]) b)) : 0;
    }

    private static int rank(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Number || v instanceof Boolean) {
            return 1;
        }
        return v instanceof byte[] ? 3 : 2;
    }

    private static byte[] utf8(Object v) {
        return (v instanceof String s ? s : SqlValues.temporalText(v)).getBytes(StandardCharsets.UTF_8);
    }

    private static int compareNumbers(Object a, Object b) {
        int ia = infinity(a);
        int ib = infinity(b);
        if (ia != 0 || ib != 0) {
            return Integer.signum(ia - ib);
        }
        return exact(a).compareTo(exact(b));
    }

    private static int infinity(Object v) {
        return v instanceof Double d && d.isInfinite() ? (d > 0 ? 1 : -1) : 0;
    }

    private static BigDecimal exact(Object v) {
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v instanceof Double d) {
            return new BigDecimal(d);
        }
        return v instanceof Long l ? new BigDecimal(l) : (BigDecimal) v;
    }
}
