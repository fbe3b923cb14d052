package dev.aliendb.sql.plan;

import dev.aliendb.sql.eval.Expr;
import dev.aliendb.sql.exec.Errors;
import dev.aliendb.sql.exec.HashJoinOp;
import dev.aliendb.sql.exec.IndexJoinOp;
import dev.aliendb.sql.exec.JoinKind;
import dev.aliendb.sql.exec.NestedLoopJoinOp;
import dev.aliendb.sql.exec.Operator;
import dev.aliendb.sql.exec.ProjectOp;
import dev.aliendb.sql.schema.EngineTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Plans joins. A tree of inner joins is flattened into its inputs and the conjuncts of all its conditions,
 * then ordered greedily (left-deep): start from the most selective input, then repeatedly add the input
 * that can be reached by an index or row-id lookup on a join key, else one connected by an equi-join
 * predicate, else the smallest; every conjunct is applied at the first join where all its columns are
 * available. Each join step picks index nested-loop join (the new input is a table, possibly filtered,
 * with a row id or index on a join key), hash join (an equi-join between columns of the same type class),
 * or nested-loop join. A final projection restores the original column order. Outer joins keep their
 * written order; RIGHT and FULL joins run as nested loops.
 */
final class JoinPlanner {
    private final PhysicalBuilder builder;

    JoinPlanner(PhysicalBuilder builder) {
        this.builder = builder;
    }

    /** Plans {@code join} for a parent that reads only the output fields in {@code needed} (null = all). */
    Operator build(Join join, ImmutableBitSet needed) throws SQLException {
        if (!join.getVariablesSet().isEmpty()) {
            throw Errors.unsupported("correlated join");
        }
        JoinRelType type = join.getJoinType();
        int width = join.getRowType().getFieldCount();
        int lw = join.getLeft().getRowType().getFieldCount();
        ImmutableBitSet used = type == JoinRelType.INNER ? null : used(needed, width, List.of(join.getCondition()));
        switch (type) {
            case INNER: {
                List<RelNode> leaves = new ArrayList<>();
                List<RexNode> conjuncts = new ArrayList<>();
                flatten(join, 0, leaves, conjuncts);
                return order(join, leaves, conjuncts, used(needed, width, conjuncts));
            }
            case LEFT:
                return pair(builder.build(join.getLeft(), slice(used, 0, lw)), join.getLeft().getRowType(),
                        join.getRight(), slice(used, lw, join.getRight().getRowType().getFieldCount()),
                        join.getCondition(), JoinKind.LEFT, join.getCluster().getTypeFactory());
            case RIGHT:
            case FULL: {
                int rw = join.getRight().getRowType().getFieldCount();
                Operator left = builder.build(join.getLeft(), slice(used, 0, lw));
                Operator right = builder.build(join.getRight(), slice(used, lw, rw));
                Expr cond = condition(join.getCondition(), join.getRowType());
                return new NestedLoopJoinOp(left, right, cond, type == JoinRelType.RIGHT ? JoinKind.RIGHT : JoinKind.FULL,
                        lw, rw, Describe.rex(join.getCondition(), join.getRowType()));
            }
            default:
                throw Errors.unsupported(type + " join");
        }
    }

    /** The fields of a join's row that its parent ({@code needed}, null = all) or its conditions read. */
    private static ImmutableBitSet used(ImmutableBitSet needed, int width, List<RexNode> conditions) {
        ImmutableBitSet used = needed == null ? ImmutableBitSet.range(width) : needed;
        for (RexNode c : conditions) {
            used = used.union(RelOptUtil.InputFinder.bits(c));
        }
        return used;
    }

    /** The fields of {@code used} in {@code [offset, offset + width)}, renumbered from 0. */
    private static ImmutableBitSet slice(ImmutableBitSet used, int offset, int width) {
        return used.get(offset, offset + width).shift(-offset);
    }

    private void flatten(RelNode rel, int offset, List<RelNode> leaves, List<RexNode> conjuncts) {
        if (rel instanceof Join j && j.getJoinType() == JoinRelType.INNER && j.getVariablesSet().isEmpty()) {
            flatten(j.getLeft(), offset, leaves, conjuncts);
            flatten(j.getRight(), offset + j.getLeft().getRowType().getFieldCount(), leaves, conjuncts);
            for (RexNode c : RelOptUtil.conjunctions(j.getCondition())) {
                if (!c.isAlwaysTrue()) {
                    conjuncts.add(RexUtil.shift(c, offset));
                }
            }
        } else {
            leaves.add(rel);
        }
    }

    /** Greedy left-deep ordering of flattened inner-join inputs. */
    private Operator order(Join join, List<RelNode> leaves, List<RexNode> conjuncts, ImmutableBitSet used)
            throws SQLException {
        RelDataTypeFactory types = join.getCluster().getTypeFactory();
        RexBuilder rex = join.getCluster().getRexBuilder();
        int n = leaves.size();
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + leaves.get(i).getRowType().getFieldCount();
        }
        List<RelDataTypeField> allFields = join.getRowType().getFieldList();
        int[] newPosition = new int[offsets[n]];
        BitSet covered = new BitSet(n);
        List<RexNode> pending = new ArrayList<>(conjuncts);
        List<RelDataTypeField> layout = new ArrayList<>();

        int first = 0;
        for (int i = 1; i < n; i++) {
            if (estimate(leaves.get(i)) < estimate(leaves.get(first))) {
                first = i;
            }
        }
        Operator current = builder.build(leaves.get(first), slice(used, offsets[first], offsets[first + 1] - offsets[first]));
        place(first, offsets, allFields, newPosition, layout);
        covered.set(first);
        List<RexNode> firstConds = takeApplicable(pending, covered, offsets);
        if (!firstConds.isEmpty()) {
            RelDataType t = struct(types, layout);
            RexNode c = remap(RexUtil.composeConjunction(rex, firstConds), newPosition);
            current = new dev.aliendb.sql.exec.FilterOp(current, builder.exprs().compile(c, t), new int[0], Describe.rex(c, t));
        }
        while (covered.cardinality() < n) {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            double bestEstimate = Double.MAX_VALUE;
            for (int c = 0; c < n; c++) {
                if (covered.get(c)) {
                    continue;
                }
                RexNode cond = candidateCondition(pending, covered, offsets, c, newPosition, layout.size(), rex);
                int rank = rank(leaves.get(c), cond, layout.size());
                double est = estimate(leaves.get(c));
                if (rank < bestRank || (rank == bestRank && est < bestEstimate)) {
                    best = c;
                    bestRank = rank;
                    bestEstimate = est;
                }
            }
            RexNode cond = candidateCondition(pending, covered, offsets, best, newPosition, layout.size(), rex);
            covered.set(best);
            takeApplicable(pending, covered, offsets);
            RelDataType leftType = struct(types, layout);
            current = pair(current, leftType, leaves.get(best), slice(used, offsets[best], offsets[best + 1] - offsets[best]),
                    cond, JoinKind.INNER, types);
            place(best, offsets, allFields, newPosition, layout);
        }
        RelDataType finalType = struct(types, layout);
        if (!pending.isEmpty()) {
            RexNode c = remap(RexUtil.composeConjunction(rex, pending), newPosition);
            current = new dev.aliendb.sql.exec.FilterOp(current, builder.exprs().compile(c, finalType), new int[0],
                    Describe.rex(c, finalType));
        }
        boolean identity = true;
        List<RexNode> refs = new ArrayList<>();
        for (int f = 0; f < newPosition.length; f++) {
            identity &= newPosition[f] == f;
            refs.add(new RexInputRef(newPosition[f], allFields.get(f).getType()));
        }
        if (identity) {
            return current;
        }
        return new ProjectOp(current, builder.exprs().compile(refs, finalType), new int[0], "restore join column order");
    }

    private static void place(int leaf, int[] offsets, List<RelDataTypeField> allFields, int[] newPosition,
                              List<RelDataTypeField> layout) {
        for (int f = offsets[leaf]; f < offsets[leaf + 1]; f++) {
            newPosition[f] = layout.size();
            layout.add(allFields.get(f));
        }
    }

    /** Removes and returns the pending conjuncts whose columns are all covered. */
    private static List<RexNode> takeApplicable(List<RexNode> pending, BitSet covered, int[] offsets) {
        List<RexNode> taken = new ArrayList<>();
        pending.removeIf(c -> {
            if (applicable(c, covered, offsets)) {
                taken.add(c);
                return true;
            }
            return false;
        });
        return taken;
    }

    private static boolean applicable(RexNode c, BitSet covered, int[] offsets) {
        for (int f : RelOptUtil.InputFinder.bits(c)) {
            if (!covered.get(leafOf(f, offsets))) {
                return false;
            }
        }
        return true;
    }

    private static int leafOf(int field, int[] offsets) {
        int i = 0;
        while (offsets[i + 1] <= field) {
            i++;
        }
        return i;
    }

    /** The condition joining {@code c} to the covered inputs, in (covered layout ++ c's fields) coordinates. */
    private static RexNode candidateCondition(List<RexNode> pending, BitSet covered, int[] offsets, int c,
                                              int[] newPosition, int width, RexBuilder rex) {
        BitSet with = (BitSet) covered.clone();
        with.set(c);
        int[] positions = newPosition.clone();
        for (int f = offsets[c]; f < offsets[c + 1]; f++) {
            positions[f] = width + f - offsets[c];
        }
        List<RexNode> conds = new ArrayList<>();
        for (RexNode p : pending) {
            if (applicable(p, with, offsets)) {
                conds.add(remap(p, positions));
            }
        }
        return RexUtil.composeConjunction(rex, conds);
    }

    private static RexNode remap(RexNode node, int[] positions) {
        return node.accept(new RexShuttle() {
            @Override
            public RexNode visitInputRef(RexInputRef ref) {
                return new RexInputRef(positions[ref.getIndex()], ref.getType());
            }
        });
    }

    private static RelDataType struct(RelDataTypeFactory types, List<RelDataTypeField> fields) {
        List<RelDataType> t = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (RelDataTypeField f : fields) {
            t.add(f.getType());
            names.add(f.getName());
        }
        return types.createStructType(t, names);
    }

    /** 0: index/row-id lookup possible, 1: hash-joinable, 2: other join condition, 3: cross join. */
    private int rank(RelNode candidate, RexNode cond, int leftWidth) {
        if (cond.isAlwaysTrue()) {
            return 3;
        }
        if (lookup(candidate, cond, leftWidth) != null) {
            return 0;
        }
        return equiKeys(cond, leftWidth).isEmpty() ? 2 : 1;
    }

    /** A rough row-count estimate used to pick the first input and break ties. */
    static double estimate(RelNode rel) {
        if (rel instanceof TableScan) {
            return EngineTable.ROW_ESTIMATE;
        }
        if (rel instanceof Values v) {
            return v.getTuples().size();
        }
        if (rel instanceof Filter f && PhysicalBuilder.engineTable(f.getInput()) != null) {
            EngineTable t = PhysicalBuilder.engineTable(f.getInput());
            KeyPredicates keys = new KeyPredicates(f.getCondition(), 0, f.getRowType().getFieldCount(),
                    k -> !RexUtil.containsInputRef(k));
            AccessPath path = AccessPath.choose(t.def(), t.indexes(), keys, false);
            return switch (path.kind()) {
                case ROWID_LOOKUP -> path.keys().size();
                case INDEX -> path.index().unique() && path.keys().size() == path.index().columns().size() ? 1
                        : 10.0 * Math.pow(10, path.index().columns().size() - path.keys().size());
                case ROWID_RANGE -> EngineTable.ROW_ESTIMATE / 10;
                default -> EngineTable.ROW_ESTIMATE / 4;
            };
        }
        if (rel instanceof Filter f) {
            return estimate(f.getInput()) / 4;
        }
        if (rel.getInputs().size() == 1) {
            return estimate(rel.getInput(0));
        }
        return 1000;
    }

    /**
     * Joins a built left input with a right input under {@code cond} (over left ++ right fields); the right input
     * decodes only {@code rightUsed} (its fields read above the join or by {@code cond}).
     */
    private Operator pair(Operator left, RelDataType leftType, RelNode rightRel, ImmutableBitSet rightUsed, RexNode cond,
                          JoinKind kind, RelDataTypeFactory types) throws SQLException {
        int lw = leftType.getFieldCount();
        int rw = rightRel.getRowType().getFieldCount();
        List<RelDataTypeField> fields = new ArrayList<>(leftType.getFieldList());
        fields.addAll(rightRel.getRowType().getFieldList());
        RelDataType joinedType = struct(types, fields);
        Expr residual = condition(cond, joinedType);
        String text = Describe.rex(cond, joinedType);
        AccessPath lookup = lookup(rightRel, cond, lw);
        if (lookup != null) {
            EngineTable table = tableOf(rightRel);
            Expr rightFilter = rightRel instanceof Filter f ? condition(f.getCondition(), rightRel.getRowType()) : null;
            ImmutableBitSet read = rightRel instanceof Filter f ? rightUsed.union(RelOptUtil.InputFinder.bits(f.getCondition()))
                    : rightUsed;
            return new IndexJoinOp(left, table.def().name(), lookup.kind() == AccessPath.Kind.INDEX ? lookup.index().name() : null,
                    builder.exprs().compile(lookup.keys(), leftType), lookup.affinities(), rightFilter, residual, kind, rw,
                    lookup.text(), PhysicalBuilder.columns(read, rw));
        }
        Operator right = builder.build(rightRel, rightUsed);
        List<int[]> keys = equiKeys(cond, lw);
        if (!keys.isEmpty()) {
            int[] lk = new int[keys.size()];
            int[] rk = new int[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                lk[i] = keys.get(i)[0];
                rk[i] = keys.get(i)[1] - lw;
            }
            return new HashJoinOp(left, right, lk, rk, residual, kind, rw, text);
        }
        return new NestedLoopJoinOp(left, right, residual, kind, lw, rw, text);
    }

    private Expr condition(RexNode cond, RelDataType rowType) throws SQLException {
        return cond == null || cond.isAlwaysTrue() ? null : builder.exprs().compile(cond, rowType);
    }

    private static EngineTable tableOf(RelNode rel) {
        EngineTable t = PhysicalBuilder.engineTable(rel);
        if (t == null && rel instanceof Filter f && f.getVariablesSet().isEmpty()) {
            t = PhysicalBuilder.engineTable(f.getInput());
        }
        return t;
    }

    /** An equality-only access path on the right table whose keys come from the left side, or null. */
    private static AccessPath lookup(RelNode rightRel, RexNode cond, int leftWidth) {
        EngineTable table = tableOf(rightRel);
        if (table == null || cond.isAlwaysTrue()) {
            return null;
        }
        RelDataType rightType = rightRel.getRowType();
        KeyPredicates keys = new KeyPredicates(cond, leftWidth, rightType.getFieldCount(), k -> {
            ImmutableBitSet bits = RelOptUtil.InputFinder.bits(k);
            return !bits.isEmpty() && bits.nth(bits.cardinality() - 1) < leftWidth && RexUtil.SubQueryFinder.find(k) == null;
        });
        keys.equalities.entrySet().removeIf(e ->
                !sameFamily(e.getValue().getType(), rightType.getFieldList().get(e.getKey()).getType()));
        AccessPath path = AccessPath.choose(table.def(), table.indexes(), keys, true);
        boolean usable = path.kind() == AccessPath.Kind.ROWID_LOOKUP
                || (path.kind() == AccessPath.Kind.INDEX && !path.keys().isEmpty());
        return usable ? path : null;
    }

    /** Pairs (left field, right field) of {@code left = right} conjuncts between same-family columns. */
    private static List<int[]> equiKeys(RexNode cond, int leftWidth) {
        List<int[]> keys = new ArrayList<>();
        for (RexNode c : RelOptUtil.conjunctions(cond)) {
            if (c.getKind() != SqlKind.EQUALS) {
                continue;
            }
            RexNode a = ((RexCall) c).getOperands().get(0);
            RexNode b = ((RexCall) c).getOperands().get(1);
            if (a instanceof RexInputRef x && b instanceof RexInputRef y && sameFamily(x.getType(), y.getType())) {
                if (x.getIndex() < leftWidth && y.getIndex() >= leftWidth) {
                    keys.add(new int[] {x.getIndex(), y.getIndex()});
                } else if (y.getIndex() < leftWidth && x.getIndex() >= leftWidth) {
                    keys.add(new int[] {y.getIndex(), x.getIndex()});
                }
            }
        }
        return keys;
    }

    private static boolean sameFamily(RelDataType a, RelDataType b) {
        SqlTypeFamily fa = a.getSqlTypeName().getFamily();
        SqlTypeFamily fb = b.getSqlTypeName().getFamily();
        return fa != null && fa == fb && fa != SqlTypeFamily.ANY;
    }
}
