package dev.aliendb.sql.plan;

import dev.aliendb.sql.eval.Accumulator;
import dev.aliendb.sql.eval.Aggregates;
import dev.aliendb.sql.eval.Expr;
import dev.aliendb.sql.exec.AggregateOp;
import dev.aliendb.sql.exec.Errors;
import dev.aliendb.sql.exec.FilterOp;
import dev.aliendb.sql.exec.IndexRangeOp;
import dev.aliendb.sql.exec.LimitOp;
import dev.aliendb.sql.exec.Operator;
import dev.aliendb.sql.exec.ProjectOp;
import dev.aliendb.sql.exec.RecursiveUnionOp;
import dev.aliendb.sql.exec.RowIdLookupOp;
import dev.aliendb.sql.exec.RowIdRangeOp;
import dev.aliendb.sql.exec.SetOp;
import dev.aliendb.sql.exec.SetOpKind;
import dev.aliendb.sql.exec.SortKey;
import dev.aliendb.sql.exec.SortOp;
import dev.aliendb.sql.exec.TableOperator;
import dev.aliendb.sql.exec.TableScanOp;
import dev.aliendb.sql.exec.UnionAllOp;
import dev.aliendb.sql.exec.ValuesOp;
import dev.aliendb.sql.exec.WorkTable;
import dev.aliendb.sql.exec.WorkTableScanOp;
import dev.aliendb.sql.schema.EngineTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.CorrelationId;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Intersect;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Minus;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.RepeatUnion;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.core.TableSpool;
import org.apache.calcite.rel.core.Union;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Turns an optimized logical tree into a tree of our operators. Access paths are chosen here, where the
 * filter meets the table scan ({@link AccessPath}); joins are ordered and given an algorithm by
 * {@link JoinPlanner}. Any node it does not know is reported as "not supported" (0A000), never guessed.
 */
final class PhysicalBuilder {
    private final ExprCompiler exprs = new ExprCompiler(this);
    private final JoinPlanner joins = new JoinPlanner(this);
    private final Map<List<String>, WorkTable> workTables = new HashMap<>();

    ExprCompiler exprs() {
        return exprs;
    }

    Operator build(RelNode rel) throws SQLException {
        return build(rel, null);
    }

    /**
     * Builds {@code rel} for a parent that reads only the output fields in {@code needed} (null = all): table
     * accesses then decode only the columns something above them reads.
     */
    Operator build(RelNode rel, ImmutableBitSet needed) throws SQLException {
        if (rel instanceof TableScan scan) {
            return scan(scan, needed);
        }
        if (rel instanceof Filter filter) {
            return filter(filter, needed);
        }
        if (rel instanceof Project project) {
            return project(project);
        }
        if (rel instanceof Values values) {
            return values(values);
        }
        if (rel instanceof Join join) {
            return joins.build(join, needed);
        }
        if (rel instanceof Aggregate aggregate) {
            return aggregate(aggregate);
        }
        if (rel instanceof Sort sort) {
            return sort(sort, needed);
        }
        if (rel instanceof Union union) {
            List<Operator> inputs = inputs(union.getInputs());
            return union.all ? new UnionAllOp(inputs) : new SetOp(SetOpKind.UNION, false, inputs);
        }
        if (rel instanceof Intersect intersect) {
            return new SetOp(SetOpKind.INTERSECT, intersect.all, inputs(intersect.getInputs()));
        }
        if (rel instanceof Minus minus) {
            return new SetOp(SetOpKind.EXCEPT, minus.all, inputs(minus.getInputs()));
        }
        if (rel instanceof RepeatUnion repeat) {
            WorkTable table = new WorkTable(String.join(".", repeat.getTransientTable().getQualifiedName()));
            workTables.put(repeat.getTransientTable().getQualifiedName(), table);
            return new RecursiveUnionOp(build(repeat.getSeedRel()), build(repeat.getIterativeRel()), table, repeat.all);
        }
        if (rel instanceof TableSpool spool) {
            return build(spool.getInput());
        }
        throw Errors.unsupported(rel.getRelTypeName());
    }

    private List<Operator> inputs(List<RelNode> rels) throws SQLException {
        List<Operator> ops = new ArrayList<>(rels.size());
        for (RelNode r : rels) {
            ops.add(build(r));
        }
        return ops;
    }

    static EngineTable engineTable(RelNode rel) {
        return rel instanceof TableScan scan ? scan.getTable().unwrap(EngineTable.class) : null;
    }

    private Operator scan(TableScan scan, ImmutableBitSet needed) throws SQLException {
        EngineTable table = scan.getTable().unwrap(EngineTable.class);
        if (table != null) {
            return new TableScanOp(table.def().name(), columns(needed, scan.getRowType().getFieldCount()));
        }
        WorkTable work = workTables.get(scan.getTable().getQualifiedName());
        if (work != null) {
            return new WorkTableScanOp(work);
        }
        throw Errors.unsupported("scan of " + scan.getTable().getQualifiedName());
    }

    private Operator filter(Filter filter, ImmutableBitSet needed) throws SQLException {
        int[] correlations = ids(filter.getVariablesSet());
        // correlated subqueries see the whole row, so a correlated filter needs every column
        ImmutableBitSet inputNeeded = needed == null || correlations.length > 0 ? null
                : needed.union(RelOptUtil.InputFinder.bits(filter.getCondition()));
        if (engineTable(filter.getInput()) != null) {
            return tableAccess(filter, inputNeeded);
        }
        RelDataType rowType = filter.getInput().getRowType();
        return new FilterOp(build(filter.getInput(), inputNeeded), exprs.compile(filter.getCondition(), rowType),
                correlations, Describe.rex(filter.getCondition(), rowType));
    }

    /** A table scan, or a filter directly over one, as an access path that reports row ids and reads every column. */
    TableOperator tableAccess(RelNode rel) throws SQLException {
        return tableAccess(rel, null);
    }

    /**
     * A table scan, or a filter directly over one, as an access path that reports row ids and decodes the columns
     * in {@code needed} (null = all; a filter's condition columns must be included by the caller).
     */
    private TableOperator tableAccess(RelNode rel, ImmutableBitSet needed) throws SQLException {
        EngineTable table = engineTable(rel);
        if (table != null) {
            return new TableScanOp(table.def().name(), columns(needed, rel.getRowType().getFieldCount()));
        }
        if (!(rel instanceof Filter filter) || (table = engineTable(filter.getInput())) == null) {
            throw Errors.unsupported("DML source " + rel.getRelTypeName());
        }
        RelDataType rowType = filter.getInput().getRowType();
        RexNode condition = filter.getCondition();
        KeyPredicates keys = new KeyPredicates(condition, 0, rowType.getFieldCount(), k -> !RexUtil.containsInputRef(k));
        AccessPath path = AccessPath.choose(table.def(), table.indexes(), keys, false);
        TableOperator access = accessOperator(table, path, rowType, columns(needed, rowType.getFieldCount()));
        return new FilterOp(access, exprs.compile(condition, rowType), ids(filter.getVariablesSet()),
                Describe.rex(condition, rowType));
    }

    private TableOperator accessOperator(EngineTable table, AccessPath path, RelDataType rowType, int[] columns)
            throws SQLException {
        String name = table.def().name();
        switch (path.kind()) {
            case ROWID_LOOKUP:
                return new RowIdLookupOp(name, exprs.compile(path.keys(), rowType), path.text());
            case ROWID_RANGE: {
                List<RowIdRangeOp.Bound> lows = new ArrayList<>();
                List<RowIdRangeOp.Bound> highs = new ArrayList<>();
                for (KeyPredicates.Bound b : path.bounds()) {
                    (b.lower() ? lows : highs).add(new RowIdRangeOp.Bound(exprs.compile(b.key(), rowType), b.inclusive()));
                }
                return new RowIdRangeOp(name, lows, highs, path.text(), columns);
            }
            case INDEX: {
                Expr low = null;
                Expr high = null;
                boolean lowInclusive = false;
                boolean highInclusive = false;
                for (KeyPredicates.Bound b : path.bounds()) {
                    if (b.lower() && low == null) {
                        low = exprs.compile(b.key(), rowType);
                        lowInclusive = b.inclusive();
                    } else if (!b.lower() && high == null) {
                        high = exprs.compile(b.key(), rowType);
                        highInclusive = b.inclusive();
                    }
                }
                return new IndexRangeOp(name, path.index().name(), exprs.compile(path.keys(), rowType),
                        path.affinities(), low, lowInclusive, high, highInclusive, path.text(), columns);
            }
            default:
                return new TableScanOp(name, columns);
        }
    }

    private Operator project(Project project) throws SQLException {
        RelDataType rowType = project.getInput().getRowType();
        int[] correlations = ids(project.getVariablesSet());
        ImmutableBitSet inputNeeded = correlations.length > 0 ? null
                : RelOptUtil.InputFinder.bits(project.getProjects(), null);
        return new ProjectOp(build(project.getInput(), inputNeeded), exprs.compile(project.getProjects(), rowType),
                correlations, Describe.rex(project.getProjects(), rowType));
    }

    private Operator values(Values values) throws SQLException {
        List<List<Expr>> rows = new ArrayList<>();
        for (List<RexLiteral> tuple : values.getTuples()) {
            rows.add(exprs.compile(tuple, values.getRowType()));
        }
        return new ValuesOp(rows);
    }

    private Operator aggregate(Aggregate aggregate) throws SQLException {
        if (aggregate.getGroupType() != Aggregate.Group.SIMPLE) {
            throw Errors.unsupported("GROUPING SETS / ROLLUP / CUBE");
        }
        RelDataType inputType = aggregate.getInput().getRowType();
        List<Supplier<Accumulator>> accs = new ArrayList<>();
        for (AggregateCall call : aggregate.getAggCallList()) {
            accs.add(Aggregates.factory(call, inputType));
        }
        StringBuilder text = new StringBuilder();
        for (int key : aggregate.getGroupSet()) {
            text.append(text.isEmpty() ? "GROUP BY " : ", ").append(inputType.getFieldNames().get(key));
        }
        for (AggregateCall call : aggregate.getAggCallList()) {
            text.append(text.isEmpty() ? "" : " ").append(call);
        }
        ImmutableBitSet.Builder inputNeeded = aggregate.getGroupSet().rebuild();
        for (AggregateCall call : aggregate.getAggCallList()) {
            inputNeeded.addAll(call.getArgList());
            if (call.filterArg >= 0) {
                inputNeeded.set(call.filterArg);
            }
        }
        return new AggregateOp(build(aggregate.getInput(), inputNeeded.build()), aggregate.getGroupSet().toArray(), accs,
                text.toString());
    }

    private Operator sort(Sort sort, ImmutableBitSet needed) throws SQLException {
        RelDataType none = sort.getRowType();
        Expr offset = sort.offset == null ? null : exprs.compile(sort.offset, none);
        Expr fetch = sort.fetch == null ? null : exprs.compile(sort.fetch, none);
        ImmutableBitSet inputNeeded = needed == null ? null
                : needed.union(ImmutableBitSet.of(sort.getCollation().getKeys()));
        Operator input = build(sort.getInput(), inputNeeded);
        if (sort.getCollation().getFieldCollations().isEmpty()) {
            return offset == null && fetch == null ? input : new LimitOp(input, offset, fetch);
        }
        List<SortKey> keys = new ArrayList<>();
        for (RelFieldCollation fc : sort.getCollation().getFieldCollations()) {
            boolean desc = fc.getDirection().isDescending();
            boolean nullsFirst = fc.nullDirection == RelFieldCollation.NullDirection.FIRST
                    || (fc.nullDirection == RelFieldCollation.NullDirection.UNSPECIFIED && !desc);
            keys.add(new SortKey(fc.getFieldIndex(), desc, nullsFirst));
        }
        return new SortOp(input, keys, offset, fetch);
    }

    /** The column subset to decode from a table of {@code width} columns, or null when all are needed. */
    static int[] columns(ImmutableBitSet needed, int width) {
        return needed == null || needed.cardinality() >= width ? null : needed.toArray();
    }

    static int[] ids(Set<CorrelationId> variables) {
        int[] ids = new int[variables.size()];
        int i = 0;
        for (CorrelationId id : variables) {
            ids[i++] = id.getId();
        }
        return ids;
    }
}
