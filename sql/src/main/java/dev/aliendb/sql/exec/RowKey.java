package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.SqlValues;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A tuple of values usable as a hash key with SQLite's grouping equality: NULLs are equal to each other, and
 * numbers are equal by value whatever their Java type (1 = 1.0), so their hash is taken from the double value.
 */
public final class RowKey {
    private final Object[] values;
    private final int hash;

    public RowKey(Object[] values) {
        this.values = values;
        int h = 1;
        for (Object v : values) {
            h = 31 * h + hashOf(v);
        }
        this.hash = h;
    }

    /** The key made of {@code row[columns[i]]}. */
    public static RowKey of(Object[] row, int[] columns) {
        Object[] v = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            v[i] = row[columns[i]];
        }
        return new RowKey(v);
    }

    public Object[] values() {
        return values;
    }

    public boolean hasNull() {
        for (Object v : values) {
            if (v == null) {
                return true;
            }
        }
        return false;
    }

    private static int hashOf(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Long || v instanceof Double || v instanceof BigDecimal || v instanceof Integer) {
            return Double.hashCode(((Number) v).doubleValue() + 0.0);
        }
        if (v instanceof Boolean b) {
            return Double.hashCode(b ? 1.0 : 0.0);
        }
        if (v instanceof byte[] bytes) {
            return Arrays.hashCode(bytes);
        }
        return v.hashCode();
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RowKey other) || other.hash != hash || other.values.length != values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            Object a = values[i];
            Object b = other.values[i];
            if (a == null || b == null ? a != b : SqlValues.compare(a, b) != 0) {
                return false;
            }
        }
        return true;
    }
}
