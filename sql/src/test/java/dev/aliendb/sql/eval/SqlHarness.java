package dev.aliendb.sql.eval;

import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.sql.parser.AlienParser;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rel.logical.LogicalUnion;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rel.logical.LogicalValues;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.sql2rel.StandardConvertletTable;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Test support: validates and converts SQL against a tiny in-memory schema of {@link TableDef}s with the
 * production validator setup ({@link SqliteDialect}), and runs the resulting plan on in-memory rows with a
 * minimal interpreter (scan, values, filter, project, aggregate, nested-loop join, UNION ALL, unlimited sort
 * as a no-op) built on {@link RexCompiler} and
 * {@link Aggregates}. Not a query engine: just enough to evaluate expressions and aggregates end to end.
 */
final class SqlHarness {
    private final RelDataTypeFactory typeFactory = SqliteDialect.typeFactory();
    private final CalciteSchema root = CalciteSchema.createRootSchema(false, false);
    private final Map<String, List<Object[]>> data = new java.util.HashMap<>();

    SqlHarness table(TableDef def, List<Object[]> rows) {
        root.add(def.name(), new AbstractTable() {
            @Override
            public RelDataType getRowType(RelDataTypeFactory f) {
                RelDataTypeFactory.Builder b = f.builder();
                for (ColumnDef c : def.columns()) {
                    b.add(c.name(), SqliteDialect.columnType(c, f));
                }
                return b.build();
            }
        });
        data.put(def.name(), rows);
        return this;
    }

    static TableDef tableDef(String name, String... columns) {
        List<ColumnDef> cols = new ArrayList<>();
        for (String c : columns) {
            String[] parts = c.split(" ", 2);
            String declared = parts.length > 1 ? parts[1] : "";
            cols.add(new ColumnDef(parts[0], declared, SqliteTypes.affinityOfDeclared(declared), false, null,
                    false, false));
        }
        return new TableDef(name, cols, -1, List.of(), List.of(), "", 0);
    }

    RelNode toRel(String sql) throws SqlParseException {
        SqlParser parser = SqlParser.create(sql, AlienParser.config());
        SqlNode node = parser.parseQuery();
        SqlValidator validator = validator();
        CalciteCatalogReader reader = (CalciteCatalogReader) validator.getCatalogReader();
        RelOptCluster cluster = RelOptCluster.create(new HepPlanner(HepProgram.builder().build()),
                new RexBuilder(typeFactory));
        SqlToRelConverter converter = new SqlToRelConverter(null, validator, reader, cluster,
                StandardConvertletTable.INSTANCE, SqliteDialect.sqlToRelConfig());
        return converter.convertQuery(node, true, true).project();
    }

    private SqlValidator validator() {
        Properties p = new Properties();
        p.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "false");
        CalciteCatalogReader reader = new CalciteCatalogReader(root, List.of(), typeFactory,
                new CalciteConnectionConfigImpl(p));
        return SqliteDialect.newValidator(reader, typeFactory, AlienParser.config().conformance());
    }

    /** Runs a query with parameter values and returns its rows. */
    List<Object[]> query(String sql, Object... parameters) throws Exception {
        return run(toRel(sql), new EvalContext(parameters, null));
    }

    /** Validates a statement (any kind) and returns the validated tree. */
    SqlNode validate(String sql) throws SqlParseException {
        SqlNode node = SqlParser.create(sql, AlienParser.config()).parseStmt();
        return validator().validate(node);
    }

    /** The single value of a one-row, one-column query. */
    Object scalar(String sql) throws Exception {
        List<Object[]> rows = query(sql);
        if (rows.size() != 1 || rows.get(0).length != 1) {
            throw new AssertionError("expected one value from " + sql + ", got " + rows.size() + " rows");
        }
        return rows.get(0)[0];
    }

    private List<Object[]> run(RelNode rel, EvalContext ctx) throws SQLException {
        SubqueryCompiler sub = r -> c -> run(r, c);
        if (rel instanceof LogicalTableScan) {
            String name = rel.getTable().getQualifiedName().get(rel.getTable().getQualifiedName().size() - 1);
            return data.get(name);
        }
        if (rel instanceof LogicalValues) {
            List<Object[]> out = new ArrayList<>();
            for (List<RexLiteral> tuple : ((LogicalValues) rel).getTuples()) {
                Object[] row = new Object[tuple.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = RexCompiler.literal(tuple.get(i));
                }
                out.add(row);
            }
            return out;
        }
        if (rel instanceof LogicalFilter) {
            LogicalFilter f = (LogicalFilter) rel;
            Expr cond = RexCompiler.compile(f.getCondition(), f.getInput().getRowType(), sub);
            List<Object[]> out = new ArrayList<>();
            for (Object[] row : run(f.getInput(), ctx)) {
                bind(f, row, ctx);
                if (SqlValues.isTrue(cond.eval(row, ctx))) {
                    out.add(row);
                }
            }
            return out;
        }
        if (rel instanceof LogicalProject) {
            LogicalProject p = (LogicalProject) rel;
            List<Expr> exprs = new ArrayList<>();
            for (RexNode e : p.getProjects()) {
                exprs.add(RexCompiler.compile(e, p.getInput().getRowType(), sub));
            }
            List<Object[]> out = new ArrayList<>();
            for (Object[] row : run(p.getInput(), ctx)) {
                bind(p, row, ctx);
                Object[] r = new Object[exprs.size()];
                for (int i = 0; i < r.length; i++) {
                    r[i] = exprs.get(i).eval(row, ctx);
                }
                out.add(r);
            }
            return out;
        }
        if (rel instanceof LogicalAggregate) {
            return aggregate((LogicalAggregate) rel, ctx);
        }
        if (rel instanceof LogicalSort && ((LogicalSort) rel).fetch == null && ((LogicalSort) rel).offset == null) {
            return run(rel.getInput(0), ctx); // callers compare results as multisets
        }
        if (rel instanceof LogicalJoin) {
            return join((LogicalJoin) rel, ctx, sub);
        }
        if (rel instanceof LogicalUnion && ((LogicalUnion) rel).all) {
            List<Object[]> out = new ArrayList<>();
            for (RelNode input : rel.getInputs()) {
                out.addAll(run(input, ctx));
            }
            return out;
        }
        throw new SQLException("harness cannot run " + rel.getRelTypeName(), "0A000");
    }

    /** Nested-loop inner or left join. */
    private List<Object[]> join(LogicalJoin join, EvalContext ctx, SubqueryCompiler sub) throws SQLException {
        if (join.getJoinType() != JoinRelType.INNER && join.getJoinType() != JoinRelType.LEFT) {
            throw new SQLException("harness cannot run " + join.getJoinType() + " join", "0A000");
        }
        Expr cond = RexCompiler.compile(join.getCondition(), join.getRowType(), sub);
        List<Object[]> right = run(join.getRight(), ctx);
        int rightWidth = join.getRight().getRowType().getFieldCount();
        List<Object[]> out = new ArrayList<>();
        for (Object[] l : run(join.getLeft(), ctx)) {
            boolean matched = false;
            for (Object[] r : right) {
                Object[] row = new Object[l.length + r.length];
                System.arraycopy(l, 0, row, 0, l.length);
                System.arraycopy(r, 0, row, l.length, r.length);
                if (SqlValues.isTrue(cond.eval(row, ctx))) {
                    out.add(row);
                    matched = true;
                }
            }
            if (!matched && join.getJoinType() == JoinRelType.LEFT) {
                out.add(java.util.Arrays.copyOf(l, l.length + rightWidth));
            }
        }
        return out;
    }

    /** Makes the current row the value of the correlation variables the rel defines. */
    private static void bind(RelNode rel, Object[] row, EvalContext ctx) {
        for (org.apache.calcite.rel.core.CorrelationId id : rel.getVariablesSet()) {
            ctx.bindCorrelation(id.getId(), row);
        }
    }

    private List<Object[]> aggregate(LogicalAggregate agg, EvalContext ctx) throws SQLException {
        ImmutableBitSet keys = agg.getGroupSet();
        List<Supplier<Accumulator>> factories = new ArrayList<>();
        for (AggregateCall call : agg.getAggCallList()) {
            factories.add(Aggregates.factory(call, agg.getInput().getRowType()));
        }
        java.util.LinkedHashMap<SqlValues.Key, List<Accumulator>> groups = new java.util.LinkedHashMap<>();
        for (Object[] row : run(agg.getInput(), ctx)) {
            Object[] key = new Object[keys.cardinality()];
            int k = 0;
            for (int i : keys) {
                key[k++] = row[i];
            }
            List<Accumulator> accs = groups.get(SqlValues.key(key));
            if (accs == null) {
                accs = new ArrayList<>();
                for (Supplier<Accumulator> f : factories) {
                    accs.add(f.get());
                }
                groups.put(SqlValues.key(key), accs);
            }
            for (Accumulator a : accs) {
                a.add(row, ctx);
            }
        }
        if (groups.isEmpty() && keys.isEmpty()) {
            List<Accumulator> accs = new ArrayList<>();
            for (Supplier<Accumulator> f : factories) {
                accs.add(f.get());
            }
            groups.put(SqlValues.key(new Object[0]), accs);
        }
        List<Object[]> out = new ArrayList<>();
        for (Map.Entry<SqlValues.Key, List<Accumulator>> e : groups.entrySet()) {
            Object[] key = e.getKey().values();
            Object[] r = new Object[key.length + factories.size()];
            System.arraycopy(key, 0, r, 0, key.length);
            for (int i = 0; i < factories.size(); i++) {
                r[key.length + i] = e.getValue().get(i).result();
            }
            out.add(r);
        }
        return out;
    }
}
