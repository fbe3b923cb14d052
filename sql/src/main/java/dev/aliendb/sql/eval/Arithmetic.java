package dev.aliendb.sql.eval;

import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * SQLite arithmetic on values: operands convert by {@link Conversions#numeric} (text by numeric prefix);
 * INTEGER op INTEGER stays INTEGER unless + - * overflows 64 bits, which yields the REAL result; any REAL
 * operand makes the result REAL; division or remainder by zero is NULL; a NaN result is NULL; NULL in,
 * NULL out. Integer division truncates toward zero; remainder with a REAL operand is computed on the
 * truncated integers and returned as REAL. Shifts work on the operands' integer values.
 */
final class Arithmetic {
    private Arithmetic() {
    }

    static Object add(Object a, Object b) {
        return exact(a, b, Math::addExact, Double::sum);
    }

    static Object subtract(Object a, Object b) {
        return exact(a, b, Math::subtractExact, (x, y) -> x - y);
    }

    static Object multiply(Object a, Object b) {
        return exact(a, b, Math::multiplyExact, (x, y) -> x * y);
    }

    /** Applies an exact integer operation, falling back to the REAL operation on overflow or REAL input. */
    private static Object exact(Object a, Object b, LongBinaryOperator integer, DoubleBinaryOperator real) {
        if (a instanceof Long && b instanceof Long) {
            long x = (Long) a;
            long y = (Long) b;
            try {
                return integer.applyAsLong(x, y);
            } catch (ArithmeticException overflow) {
                return real.applyAsDouble(x, y);
            }
        }
        if (a == null || b == null) {
            return null;
        }
        Object x = Conversions.numeric(a);
        Object y = Conversions.numeric(b);
        if (x instanceof Long && y instanceof Long) {
            return exact(x, y, integer, real);
        }
        return real(real.applyAsDouble(toDouble(x), toDouble(y)));
    }

    static Object divide(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        Object x = Conversions.numeric(a);
        Object y = Conversions.numeric(b);
        if (x instanceof Long && y instanceof Long) {
            long n = (Long) x;
            long d = (Long) y;
            if (d == 0) {
                return null;
            }
            if (n == Long.MIN_VALUE && d == -1) {
                return -(double) Long.MIN_VALUE;
            }
            return n / d;
        }
        double d = toDouble(y);
        if (d == 0.0) {
            return null;
        }
        return real(toDouble(x) / d);
    }

    static Object remainder(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        Object x = Conversions.numeric(a);
        Object y = Conversions.numeric(b);
        long n = Conversions.toLong(x);
        long d = Conversions.toLong(y);
        if (d == 0) {
            return null;
        }
        long r = d == -1 ? 0 : n % d;
        if (x instanceof Long && y instanceof Long) {
            return r;
        }
        return (double) r;
    }

    static Object shiftLeft(Object a, Object b) {
        return shift(a, b, true);
    }

    static Object shiftRight(Object a, Object b) {
        return shift(a, b, false);
    }

    /**
     * SQLite's {@code a << b} / {@code a >> b} on the operands' integer values (as CAST AS INTEGER): a
     * negative b shifts the other way; shifting by 64 or more gives 0, or -1 for a negative a shifted right;
     * a right shift keeps the sign. {@code 1 << 63} is the smallest 64-bit integer.
     */
    private static Object shift(Object a, Object b, boolean left) {
        if (a == null || b == null) {
            return null;
        }
        long x = Conversions.toLong(a);
        long n = Conversions.toLong(b);
        if (n < 0) {
            left = !left;
            n = n > -64 ? -n : 64;
        }
        if (n >= 64) {
            return x >= 0 || left ? 0L : -1L;
        }
        return left ? x << n : x >> n;
    }

    /** Unary minus, which SQLite evaluates as {@code 0 - a} (so -0.0 is 0.0 and -'abc' is 0). */
    static Object negate(Object a) {
        return subtract(0L, a);
    }

    private static double toDouble(Object number) {
        return number instanceof Long ? ((Long) number).doubleValue() : (Double) number;
    }

    /** A REAL result; NaN (e.g. Inf-Inf) is NULL as in SQLite. */
    private static Double real(double d) {
        return Double.isNaN(d) ? null : d;
    }
}
