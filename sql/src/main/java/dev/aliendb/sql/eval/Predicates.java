package dev.aliendb.sql.eval;

import java.sql.SQLException;
import java.util.function.IntPredicate;
import org.apache.calcite.sql.SqlKind;

/**
 * Compiled predicates with SQLite's three-valued logic: results are Long 1/0 or null (unknown). AND is
 * false when any operand is false, else unknown when any is unknown; OR dually; NOT of unknown is
 * unknown. Operands are evaluated left to right and evaluation stops as soon as the result is decided.
 */
final class Predicates {
    static final Long TRUE = 1L;
    static final Long FALSE = 0L;

    private Predicates() {
    }

    static Long bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Expr and(Expr[] operands) {
        return junction(operands, false);
    }

    static Expr or(Expr[] operands) {
        return junction(operands, true);
    }

    /** AND (decisive = false) or OR (decisive = true): stops at the first operand with the decisive truth. */
    private static Expr junction(Expr[] operands, boolean decisive) {
        Long decided = bool(decisive);
        Long otherwise = bool(!decisive);
        return (row, ctx) -> {
            boolean unknown = false;
            for (Expr e : operands) {
                Boolean t = SqlValues.truth(e.eval(row, ctx));
                if (t == null) {
                    unknown = true;
                } else if (t == decisive) {
                    return decided;
                }
            }
            return unknown ? null : otherwise;
        };
    }

    static Expr not(Expr e) {
        return (row, ctx) -> {
            Boolean t = SqlValues.truth(e.eval(row, ctx));
            return t == null ? null : bool(!t);
        };
    }

    /** IS [NOT] TRUE / IS [NOT] FALSE: never unknown. */
    static Expr isTruth(Expr e, boolean wanted, boolean negated) {
        return (row, ctx) -> {
            Boolean t = SqlValues.truth(e.eval(row, ctx));
            boolean is = t != null && t == wanted;
            return bool(is != negated);
        };
    }

    static Expr isNull(Expr e, boolean negated) {
        return (row, ctx) -> bool((e.eval(row, ctx) == null) != negated);
    }

    /** The test a comparison kind applies to compare(a, b). */
    static IntPredicate test(SqlKind kind) throws SQLException {
        switch (kind) {
            case EQUALS:
                return c -> c == 0;
            case NOT_EQUALS:
                return c -> c != 0;
            case LESS_THAN:
                return c -> c < 0;
            case LESS_THAN_OR_EQUAL:
                return c -> c <= 0;
            case GREATER_THAN:
                return c -> c > 0;
            case GREATER_THAN_OR_EQUAL:
                return c -> c >= 0;
            default:
                throw new SQLException("not a comparison: " + kind, "XX000");
        }
    }

    /** {@code a op b} with affinity-derived coercions; unknown when either side is NULL. */
    static Expr compare(SqlKind kind, Expr a, Expr b, Comparison cmp) throws SQLException {
        IntPredicate test = test(kind);
        return (row, ctx) -> {
            Object x = a.eval(row, ctx);
            Object y = x == null ? null : b.eval(row, ctx);
            return y == null ? null : bool(test.test(cmp.compare(x, y)));
        };
    }

    /** {@code a IS [NOT] b}: NULL-safe equality, never unknown. */
    static Expr isSame(Expr a, Expr b, Comparison cmp, boolean negated) {
        return (row, ctx) -> {
            Object x = a.eval(row, ctx);
            Object y = b.eval(row, ctx);
            boolean same = x == null || y == null ? x == y : cmp.compare(x, y) == 0;
            return bool(same != negated);
        };
    }
}
