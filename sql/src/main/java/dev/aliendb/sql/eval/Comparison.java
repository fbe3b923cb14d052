package dev.aliendb.sql.eval;

import dev.aliendb.engine.Affinity;

/**
 * Binary comparison with SQLite's affinity rules (datatype3.html 4.2). Before comparing, if one operand
 * has INTEGER, REAL or NUMERIC affinity and the other TEXT, BLOB or no affinity, numeric affinity is
 * applied to the other; else if one has TEXT affinity and the other none, text affinity is applied to the
 * other. The affinities are static properties of the operand expressions (see {@link AffinityOf}); a
 * null affinity means "no affinity". Values are then ordered by {@link SqlValues#compare}.
 */
final class Comparison {
    /** What to do to an operand before comparing. */
    enum Coercion { NONE, NUMERIC, TEXT }

    final Coercion left;
    final Coercion right;

    private Comparison(Coercion left, Coercion right) {
        this.left = left;
        this.right = right;
    }

    static final Comparison PLAIN = new Comparison(Coercion.NONE, Coercion.NONE);

    static Comparison of(Affinity leftAffinity, Affinity rightAffinity) {
        boolean leftNumeric = isNumeric(leftAffinity);
        boolean rightNumeric = isNumeric(rightAffinity);
        if (leftNumeric && !rightNumeric) {
            return new Comparison(Coercion.NONE, Coercion.NUMERIC);
        }
        if (rightNumeric && !leftNumeric) {
            return new Comparison(Coercion.NUMERIC, Coercion.NONE);
        }
        if (leftAffinity == Affinity.TEXT && isNone(rightAffinity)) {
            return new Comparison(Coercion.NONE, Coercion.TEXT);
        }
        if (rightAffinity == Affinity.TEXT && isNone(leftAffinity)) {
            return new Comparison(Coercion.TEXT, Coercion.NONE);
        }
        return PLAIN;
    }

    private static boolean isNumeric(Affinity a) {
        return a == Affinity.INTEGER || a == Affinity.REAL || a == Affinity.NUMERIC;
    }

    private static boolean isNone(Affinity a) {
        return a == null || a == Affinity.BLOB;
    }

    /** Compares two non-null values after coercion. */
    int compare(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            return Long.compare((Long) a, (Long) b);
        }
        return SqlValues.compare(coerce(a, left), coerce(b, right));
    }

    static Object coerce(Object v, Coercion c) {
        switch (c) {
            case NUMERIC:
                if (v instanceof String) {
                    Object n = Conversions.wellFormedNumber((String) v);
                    return n == null ? v : n;
                }
                return v;
            case TEXT:
                return v instanceof Long || v instanceof Double ? Conversions.toText(v) : v;
            default:
                return v;
        }
    }
}
