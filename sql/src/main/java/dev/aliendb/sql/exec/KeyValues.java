package dev.aliendb.sql.exec;

import dev.aliendb.engine.Affinity;
import java.math.BigDecimal;

/**
 * Converts values compared against an indexed column into the form the index stores, following SQLite's
 * comparison rule: the column's affinity is applied to the other operand. Access paths use these only to
 * narrow a scan; the full predicate is still evaluated on every row they return.
 */
public final class KeyValues {
    private KeyValues() {
    }

    /** The row id a value equal to {@code v} must have, or null when no row id can equal it. */
    public static Long exactRowId(Object v) {
        Object n = numeric(v);
        if (n instanceof Long l) {
            return l;
        }
        if (n instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return d.longValue();
        }
        return null;
    }

    /**
     * Smallest row id r with r &gt; v (or &gt;= v when inclusive); null when none can qualify (v is NULL or text
     * that sorts above every number).
     */
    public static Long lowRowId(Object v, boolean inclusive) {
        Object n = numeric(v);
        if (n instanceof Long l) {
            return inclusive ? l : (l == Long.MAX_VALUE ? null : l + 1);
        }
        if (n instanceof Double d) {
            if (d.isNaN() || d >= 9.2e18) {
                return null;
            }
            if (d < -9.2e18) {
                return Long.MIN_VALUE;
            }
            double c = Math.ceil(d);
            return (long) (c == d && !inclusive ? c + 1 : c);
        }
        return null;
    }

    /**
     * Largest row id r with r &lt; v (or &lt;= v); {@link Long#MAX_VALUE} when v is text (numbers sort below
     * text), null when nothing qualifies.
     */
    public static Long highRowId(Object v, boolean inclusive) {
        if (v == null) {
            return null;
        }
        Object n = numeric(v);
        if (n instanceof Long l) {
            return inclusive ? l : (l == Long.MIN_VALUE ? null : l - 1);
        }
        if (n instanceof Double d) {
            if (d.isNaN() || d < -9.2e18) {
                return null;
            }
            if (d >= 9.2e18) {
                return Long.MAX_VALUE;
            }
            double f = Math.floor(d);
            return (long) (f == d && !inclusive ? f - 1 : f);
        }
        return Long.MAX_VALUE;
    }

    /** Applies column affinity to a value before it is used as an index bound. */
    public static Object withAffinity(Affinity affinity, Object v) {
        if (v == null) {
            return null;
        }
        switch (affinity) {
            case TEXT:
                if (v instanceof Long || v instanceof Double || v instanceof BigDecimal) {
                    return v instanceof Double d ? realText(d) : v.toString();
                }
                return v;
            case INTEGER:
            case REAL:
            case NUMERIC:
                return numeric(v);
            default:
                return v;
        }
    }

    private static String realText(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return (long) d + ".0";
        }
        return Double.toString(d);
    }

    /** Numbers stay, numeric-looking text becomes a number, anything else is returned unchanged. */
    static Object numeric(Object v) {
        if (v instanceof Long || v instanceof Double) {
            return v;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof BigDecimal b) {
            return b.scale() <= 0 && b.unscaledValue().bitLength() < 60 ? (Object) b.longValue() : (Object) b.doubleValue();
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s) {
            String t = s.trim();
            if (t.isEmpty()) {
                return v;
            }
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                try {
                    double d = Double.parseDouble(t);
                    return Double.isFinite(d) || t.matches("[-+]?\\d.*") ? (Object) d : v;
                } catch (NumberFormatException e2) {
                    return v;
                }
            }
        }
        return v;
    }
}
