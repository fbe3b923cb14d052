package dev.aliendb.sql.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import dev.aliendb.sql.eval.SqliteOperators;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * The conjuncts of a condition that can drive a key lookup on one table: {@code column = key},
 * {@code column IN (keys)} (sql-eval's IN-list call, or an OR of equalities) and {@code column <,<=,>,>= key}, where {@code column} is a
 * plain reference to a column of the table (input field {@code offset + column}) and every key expression
 * satisfies {@code keySide} (references nothing of the table itself).
 */
final class KeyPredicates {
    /** A range bound: key, whether it is a lower bound, inclusiveness. */
    record Bound(RexNode key, boolean lower, boolean inclusive) {
    }

    final Map<Integer, RexNode> equalities = new HashMap<>();
    final Map<Integer, List<RexNode>> inLists = new HashMap<>();
    final Map<Integer, List<Bound>> bounds = new HashMap<>();

    KeyPredicates(RexNode condition, int offset, int columns, Predicate<RexNode> keySide) {
        for (RexNode c : RelOptUtil.conjunctions(condition)) {
            if (c.getKind() == SqlKind.OR) {
                inList(c, offset, columns, keySide);
                continue;
            }
            if (c instanceof RexCall call && call.getOperator() == SqliteOperators.IN_LIST) {
                valueList(call, offset, columns, keySide);
                continue;
            }
            Comparison cmp = Comparison.of(c, offset, columns, keySide);
            if (cmp == null) {
                continue;
            }
            switch (cmp.kind) {
                case EQUALS -> equalities.putIfAbsent(cmp.column, cmp.key);
                case LESS_THAN -> bound(cmp.column, new Bound(cmp.key, false, false));
                case LESS_THAN_OR_EQUAL -> bound(cmp.column, new Bound(cmp.key, false, true));
                case GREATER_THAN -> bound(cmp.column, new Bound(cmp.key, true, false));
                case GREATER_THAN_OR_EQUAL -> bound(cmp.column, new Bound(cmp.key, true, true));
                default -> {
                }
            }
        }
    }

    private void bound(int column, Bound b) {
        bounds.computeIfAbsent(column, k -> new ArrayList<>()).add(b);
    }

    private void inList(RexNode or, int offset, int columns, Predicate<RexNode> keySide) {
        Integer column = null;
        List<RexNode> keys = new ArrayList<>();
        for (RexNode d : RelOptUtil.disjunctions(or)) {
            Comparison cmp = Comparison.of(d, offset, columns, keySide);
            if (cmp == null || cmp.kind != SqlKind.EQUALS || (column != null && column != cmp.column)) {
                return;
            }
            column = cmp.column;
            keys.add(cmp.key);
        }
        if (column != null) {
            inLists.putIfAbsent(column, keys);
        }
    }

    /** sql-eval's {@code x IN (v1, ..., vn)} call: operands x, v1, ..., vn. */
    private void valueList(RexCall call, int offset, int columns, Predicate<RexNode> keySide) {
        RexNode x = call.getOperands().get(0);
        List<RexNode> keys = call.getOperands().subList(1, call.getOperands().size());
        if (x instanceof RexInputRef ref && ref.getIndex() >= offset && ref.getIndex() < offset + columns
                && keys.stream().allMatch(keySide)) {
            inLists.putIfAbsent(ref.getIndex() - offset, List.copyOf(keys));
        }
    }

    /** {@code column OP key} with the column on the left (the operator is flipped if it was on the right). */
    private record Comparison(int column, SqlKind kind, RexNode key) {
        static Comparison of(RexNode node, int offset, int columns, Predicate<RexNode> keySide) {
            if (!(node instanceof RexCall call) || call.getOperands().size() != 2) {
                return null;
            }
            SqlKind kind = call.getKind();
            if (kind != SqlKind.EQUALS && kind != SqlKind.LESS_THAN && kind != SqlKind.LESS_THAN_OR_EQUAL
                    && kind != SqlKind.GREATER_THAN && kind != SqlKind.GREATER_THAN_OR_EQUAL) {
                return null;
            }
            RexNode a = call.getOperands().get(0);
            RexNode b = call.getOperands().get(1);
            Comparison c = direct(a, kind, b, offset, columns, keySide);
            return c != null ? c : direct(b, kind.reverse(), a, offset, columns, keySide);
        }

        private static Comparison direct(RexNode col, SqlKind kind, RexNode key, int offset, int columns,
                                         Predicate<RexNode> keySide) {
            if (col instanceof RexInputRef ref && ref.getIndex() >= offset && ref.getIndex() < offset + columns
                    && keySide.test(key)) {
                return new Comparison(ref.getIndex() - offset, kind, key);
            }
            return null;
        }
    }
}
