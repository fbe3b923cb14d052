package dev.aliendb.sql.eval;

import dev.aliendb.engine.Affinity;
import java.sql.SQLException;

/** Compiled LIKE, GLOB and {@code x IN (list)} predicates (Long 1/0, or null when unknown). */
final class Matching {
    private Matching() {
    }

    /** {@code x [NOT] LIKE pattern [ESCAPE e]}: operands x, pattern[, e]. */
    static Expr like(Expr[] a, boolean negated) {
        Expr x = a[0];
        Expr pattern = a[1];
        Expr escape = a.length > 2 ? a[2] : null;
        return (row, ctx) -> {
            Object s = x.eval(row, ctx);
            Object p = pattern.eval(row, ctx);
            if (s == null || p == null) {
                return null;
            }
            int esc = 0;
            if (escape != null) {
                Object e = escape.eval(row, ctx);
                if (e == null) {
                    return null;
                }
                esc = Patterns.escape(e);
            }
            boolean m = Patterns.like(Conversions.toText(p), Conversions.toText(s), esc);
            return Predicates.bool(m != negated);
        };
    }

    /** {@code x [NOT] GLOB pattern}. */
    static Expr glob(Expr[] a, boolean negated) {
        Expr x = a[0];
        Expr pattern = a[1];
        return (row, ctx) -> {
            Object s = x.eval(row, ctx);
            Object p = pattern.eval(row, ctx);
            if (s == null || p == null) {
                return null;
            }
            return Predicates.bool(Patterns.glob(p, s) != negated);
        };
    }

    /**
     * {@code x IN (v1, ...)}: true when some vi equals x (x's affinity applies, the list values have
     * none); else unknown when x or some vi is NULL; else false. An empty list is false.
     */
    static Expr inList(Expr[] a, Affinity affinity) throws SQLException {
        Comparison cmp = Comparison.of(affinity, null);
        Expr x = a[0];
        return (row, ctx) -> {
            if (a.length == 1) {
                return Predicates.FALSE;
            }
            Object v = x.eval(row, ctx);
            if (v == null) {
                return null;
            }
            boolean unknown = false;
            for (int i = 1; i < a.length; i++) {
                Object w = a[i].eval(row, ctx);
                if (w == null) {
                    unknown = true;
                } else if (cmp.compare(v, w) == 0) {
                    return Predicates.TRUE;
                }
            }
            return unknown ? null : Predicates.FALSE;
        };
    }
}
