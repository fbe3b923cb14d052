package dev.aliendb.sql.eval;

/**
 * Running sum as SQLite's sum()/total()/avg() keep it (func.c sumStep): an exact 64-bit integer sum while
 * every input is an INTEGER (or integer-looking text), switching on the first REAL or non-numeric input,
 * or on overflow, to a Kahan-Babuska-Neumaier compensated double sum.
 */
final class SumState {
    private static final long EXACT_LIMIT = 4503599627370496L; // 2^52
    long count;
    long integerSum;
    boolean approximate;
    boolean overflow;
    private double sum;
    private double error;

    void add(Object value) {
        Object v = Conversions.normalize(value);
        if (v == null) {
            return;
        }
        Object n = v instanceof String ? Conversions.wellFormedNumber((String) v) : v;
        count++;
        if (!approximate) {
            if (n instanceof Long) {
                long x = (Long) n;
                long r = integerSum + x;
                if (((integerSum ^ r) & (x ^ r)) < 0) {
                    overflow = true;
                    init(integerSum);
                    approximate = true;
                    stepLong(x);
                } else {
                    integerSum = r;
                }
            } else {
                init(integerSum);
                approximate = true;
                step(Conversions.toDouble(v));
            }
        } else if (n instanceof Long) {
            stepLong((Long) n);
        } else {
            overflow = false;
            step(Conversions.toDouble(v));
        }
    }

    /** The compensated double sum (after approximate became true) or the integer sum as a double. */
    double real() {
        if (!approximate) {
            return integerSum;
        }
        double r = sum + error;
        return Double.isNaN(r) || Double.isInfinite(error) ? sum : r;
    }

    private void init(long v) {
        if (v <= -EXACT_LIMIT || v >= EXACT_LIMIT) {
            long small = v % 16384;
            sum = v - small;
            error = small;
        } else {
            sum = v;
            error = 0.0;
        }
    }

    private void stepLong(long v) {
        if (v <= -EXACT_LIMIT || v >= EXACT_LIMIT) {
            long small = v % 16384;
            step(v - small);
            step(small);
        } else {
            step(v);
        }
    }

    private void step(double r) {
        double s = sum;
        double t = s + r;
        if (Math.abs(s) > Math.abs(r)) {
            error += (s - t) + r;
        } else {
            error += (r - t) + s;
        }
        sum = t;
    }
}
