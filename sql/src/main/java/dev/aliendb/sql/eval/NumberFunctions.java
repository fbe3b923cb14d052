package dev.aliendb.sql.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/** Bodies of SQLite's numeric and blob-producing functions (func.c). Arguments are non-null unless stated. */
final class NumberFunctions {
    /** Largest blob/string a function may produce (SQLite's default SQLITE_MAX_LENGTH is 1e9). */
    static final long MAX_LENGTH = 1_000_000_000L;
    private static final SecureRandom SEED = new SecureRandom();

    private NumberFunctions() {
    }

    /** abs(x): INTEGER stays INTEGER (overflow on the smallest value is an error); anything else is REAL. */
    static Object abs(Object v) throws SQLException {
        if (v instanceof Long) {
            long l = (Long) v;
            if (l == Long.MIN_VALUE) {
                throw new SQLException("integer overflow", "22003");
            }
            return Math.abs(l);
        }
        return Math.abs(Conversions.toDouble(v));
    }

    /** round(x[, digits]): always REAL; digits clamped to 0..30; halves round away from zero. */
    static Object round(Object[] a) {
        if (a[0] == null || (a.length > 1 && a[1] == null)) {
            return null;
        }
        long digits = a.length > 1 ? Conversions.toLong(Conversions.numeric(a[1])) : 0;
        digits = Math.max(0, Math.min(30, digits));
        double r = Conversions.toDouble(Conversions.numeric(a[0]));
        if (r < -4503599627370496.0 || r > 4503599627370496.0 || Double.isNaN(r)) {
            return r;
        }
        if (digits == 0) {
            return (double) (long) (r + (r < 0 ? -0.5 : 0.5));
        }
        return new BigDecimal(r).setScale((int) digits, RoundingMode.HALF_UP).doubleValue();
    }

    /** sign(x): -1, 0 or +1; NULL when x is not a number and not numeric text. */
    static Object sign(Object v) {
        Object n = v instanceof String ? Conversions.wellFormedNumber((String) v)
                : v instanceof byte[] ? null : Conversions.numeric(v);
        if (n == null) {
            return null;
        }
        double d = n instanceof Long ? (double) (Long) n : (Double) n;
        return d > 0 ? 1L : d < 0 ? -1L : 0L;
    }

    static Object zeroblob(Object v) throws SQLException {
        long n = Conversions.toLong(Conversions.numeric(v));
        return new byte[(int) checkedLength(n)];
    }

    static Object randomblob(Object v) throws SQLException {
        long n = Math.max(1, Conversions.toLong(Conversions.numeric(v)));
        byte[] b = new byte[(int) checkedLength(n)];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    static Object random() {
        return ThreadLocalRandom.current().nextLong() ^ SEED.hashCode();
    }

    /** A blob/text length, 0 when negative; beyond {@link #MAX_LENGTH} SQLite's "string or blob too big". */
    static long checkedLength(long n) throws SQLException {
        if (n > MAX_LENGTH) {
            throw new SQLException("string or blob too big", "54000");
        }
        return Math.max(0, n);
    }

    /** Scalar min (sign -1) or max (sign +1) of non-null values, by SQLite's ordering. */
    static Object extreme(Object[] a, int sign) {
        Object best = a[0];
        for (int i = 1; i < a.length; i++) {
            if (SqlValues.compare(a[i], best) * sign > 0) {
                best = a[i];
            }
        }
        return best;
    }
}
