package dev.aliendb.sql.plan;

import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.sql.ColumnInfo;
import dev.aliendb.sql.eval.Expr;
import dev.aliendb.sql.eval.SqliteDialect;
import dev.aliendb.sql.exec.CheckConstraint;
import dev.aliendb.sql.exec.Errors;
import dev.aliendb.sql.exec.Executable;
import dev.aliendb.sql.exec.QueryExec;
import dev.aliendb.sql.parser.AlienParser;
import dev.aliendb.sql.parser.ast.AlienInsert;
import dev.aliendb.sql.schema.EngineTable;
import dev.aliendb.sql.schema.SchemaSnapshot;
import dev.aliendb.sql.schema.ViewTable;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlConformance;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.sql2rel.StandardConvertletTable;

/**
 * The prepare pipeline for queries and DML: validate (sql-eval's SQLite operator table and validator
 * configuration) -> SqlToRelConverter (subqueries kept as RexSubQuery, no simplification) -> the fixed Hep
 * rewrite -> our physical operators. Views are expanded by planning their stored query in the same
 * cluster. Every call counts in {@link #planCount()} so tests can prove that a plan-cache hit skipped
 * Calcite. Thread-safe: all state is per call or immutable (the RexBuilder is shared per type factory).
 */
public final class Planner {
    private static final AtomicLong PLANS = new AtomicLong();
    private static final HepProgram EMPTY = HepProgram.builder().build();
    private static final SqlToRelConverter.Config CONVERTER = SqliteDialect.sqlToRelConfig()
            .withExpand(false)
            .withDecorrelationEnabled(false)
            .addRelBuilderConfigTransform(c -> c.withSimplify(false));

    /** Statement kinds besides queries that the validator and SqlToRelConverter handle. */
    private static final Set<SqlKind> PLANNABLE = EnumSet.of(SqlKind.INSERT, SqlKind.UPDATE, SqlKind.DELETE);
    private static final SqlConformance CONFORMANCE = AlienParser.config().conformance();

    private final StatementParser parser;
    /** The RexBuilder of the last snapshot planned against (a RexBuilder is immutable; one per type factory). */
    private volatile SqliteRexBuilder rexBuilder;

    public Planner(StatementParser parser) {
        this.parser = parser;
    }

    /** Number of statements planned through Calcite since start-up (plan-cache misses). */
    public static long planCount() {
        return PLANS.get();
    }

    public PlannedStatement plan(SchemaSnapshot snapshot, ParsedSql parsed) throws SQLException {
        PLANS.incrementAndGet();
        try {
            return new Pass(snapshot).statement(parsed);
        } catch (SQLException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw SqlErrors.map(e);
        }
    }

    private SqliteRexBuilder rexBuilder(SchemaSnapshot snapshot) {
        SqliteRexBuilder b = rexBuilder;
        if (b == null || b.getTypeFactory() != snapshot.typeFactory()) {
            b = new SqliteRexBuilder(snapshot.typeFactory());
            rexBuilder = b;
        }
        return b;
    }

    /** The row type of a view's query, with SQLite-style column labels; for {@link SchemaSnapshot}. */
    public RelDataType viewRowType(SchemaSnapshot snapshot, ViewTable view) {
        try {
            Pass pass = new Pass(snapshot);
            ParsedSql parsed = parser.parse(view.query());
            Labels.Captured labels = Labels.capture(parsed.node(), new SourceText(parsed.sql()));
            SqlValidator validator = pass.validator();
            SqlNode validated = NaryLogic.restore(validator.validate(parsed.node()));
            RelDataType type = validator.getValidatedNodeType(validated);
            List<String> names = SqlValidatorUtil.uniquify(labels.resolve(validator, type), false);
            return snapshot.typeFactory().createStructType(
                    type.getFieldList().stream().map(RelDataTypeField::getType).toList(), names);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One planning pass: a validator, a cluster and a physical builder for one statement. */
    private final class Pass implements RelOptTable.ViewExpander, DmlBuilder.TableExpressions {
        private final SchemaSnapshot snapshot;
        private final RelOptCluster cluster;
        private final PhysicalBuilder builder = new PhysicalBuilder();
        private String sql = "";

        Pass(SchemaSnapshot snapshot) {
            this.snapshot = snapshot;
            this.cluster = RelOptCluster.create(new HepPlanner(EMPTY), rexBuilder(snapshot));
            PlanMetadata.install(cluster);
        }

        SqlValidator validator() {
            return SqliteDialect.newValidator(snapshot.catalogReader(), snapshot.typeFactory(), CONFORMANCE);
        }

        private SqlToRelConverter converter(SqlValidator validator) {
            return new SqlToRelConverter(this, validator, snapshot.catalogReader(), cluster,
                    StandardConvertletTable.INSTANCE, CONVERTER);
        }

        PlannedStatement statement(ParsedSql parsed) throws SQLException {
            sql = parsed.sql();
            if (parsed.command() != null) {
                CommandPlanner.Planned command = CommandPlanner.plan(parsed.command());
                return finish(parsed, command.executable(), !command.columns().isEmpty(), command.columns(), null);
            }
            SqlNode node = parsed.node();
            if (DdlPlanner.isDdl(node)) {
                Executable ddl = new DdlPlanner(parsed.sql()).build(node, snapshot.catalog(), this::query);
                return finish(parsed, ddl, false, List.of(), null);
            }
            if (node instanceof AlienInsert insert) {
                if (!insert.upserts().isEmpty()) {
                    // parsed, not executed yet: running it as a plain INSERT would fail where SQLite updates or skips
                    throw Errors.unsupported("INSERT ... ON CONFLICT (upsert)");
                }
                node = insert.defaultValues() ? defaultValues(insert) : insert.insert();
            }
            if (!PLANNABLE.contains(node.getKind()) && !node.getKind().belongsTo(SqlKind.QUERY)) {
                // CREATE TRIGGER, UPDATE OR ..., and anything else the validator has no rules for
                throw Errors.unsupported(node instanceof SqlCall call ? call.getOperator().getName() : node.getKind().sql);
            }
            Labels.Captured labels = Labels.capture(node, new SourceText(parsed.sql()));
            SqlValidator validator = validator();
            SqlNode validated = NaryLogic.restore(validator.validate(node));
            RelDataType rowType = validator.getValidatedNodeType(validated);
            RelDataType paramTypes = validator.getParameterRowType(validated);
            RelRoot root = converter(validator).convertQuery(validated, false, true);
            boolean query = !(root.rel instanceof TableModify);
            Executable exec;
            List<ColumnInfo> columns = List.of();
            if (query) {
                RelNode rel = LogicalRewrite.optimize(root.project());
                exec = new QueryExec(builder.build(rel));
                columns = columns(labels.resolve(validator, rowType), rowType, validator.getFieldOrigins(validated),
                        snapshot);
            } else {
                exec = new DmlBuilder(builder, this).build((TableModify) root.rel, parsed.onConflict());
            }
            return finish(parsed, exec, query, columns, paramTypes);
        }

        /** Wraps EXPLAIN and attaches parameter information. */
        private PlannedStatement finish(ParsedSql parsed, Executable exec, boolean query, List<ColumnInfo> columns,
                                        RelDataType paramTypes) {
            if (parsed.explain() != ParsedSql.Explain.NONE) {
                exec = new ExplainExec(exec);
                query = true;
                columns = List.of(new ColumnInfo("detail", "detail", "", Types.VARCHAR, "TEXT",
                        ResultSetMetaData.columnNoNulls));
            }
            int n = parsed.parameterCount();
            int[] types = new int[n];
            for (int i = 0; i < n; i++) {
                types[i] = paramTypes != null && i < paramTypes.getFieldCount()
                        ? jdbcType(paramTypes.getFieldList().get(i).getType()) : Types.OTHER;
            }
            return new PlannedStatement(exec, query, columns, n, parsed.parameterNames(), types, snapshot.version());
        }

        /** Plans the query of CREATE TABLE ... AS. */
        private DdlPlanner.PlannedQuery query(SqlNode query) throws SQLException {
            Labels.Captured labels = Labels.capture(query, new SourceText(sql));
            SqlValidator validator = validator();
            SqlNode validated = NaryLogic.restore(validator.validate(query));
            RelDataType rowType = validator.getValidatedNodeType(validated);
            RelNode rel = LogicalRewrite.optimize(converter(validator).convertQuery(validated, false, true).project());
            return new DdlPlanner.PlannedQuery(builder.build(rel), columns(labels.resolve(validator, rowType), rowType,
                    validator.getFieldOrigins(validated), snapshot));
        }

        /** INSERT INTO t DEFAULT VALUES as INSERT INTO t VALUES (DEFAULT, ...). */
        private SqlNode defaultValues(AlienInsert insert) throws SQLException {
            TableDef table = snapshot.catalog().table(DdlPlanner.name(insert.table()));
            if (table == null) {
                throw new SQLException("no such table: " + insert.table(), "42S02");
            }
            SqlParserPos pos = insert.getParserPosition();
            SqlNode[] defaults = new SqlNode[table.columns().size()];
            for (int i = 0; i < defaults.length; i++) {
                defaults[i] = SqlStdOperatorTable.DEFAULT.createCall(pos);
            }
            SqlNode values = SqlStdOperatorTable.VALUES.createCall(pos, SqlStdOperatorTable.ROW.createCall(pos, defaults));
            return new SqlInsert(pos, SqlNodeList.EMPTY, insert.table(), values, null);
        }

        @Override
        public RelRoot expandView(RelDataType rowType, String queryString, List<String> schemaPath,
                                  List<String> viewPath) {
            try {
                ParsedSql parsed = parser.parse(queryString);
                SqlValidator validator = validator();
                SqlNode validated = NaryLogic.restore(validator.validate(parsed.node()));
                RelRoot root = converter(validator).convertQuery(validated, true, false);
                RelNode renamed = RelOptUtil.createCastRel(root.project(), rowType, true);
                return RelRoot.of(renamed, SqlKind.SELECT);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<CheckConstraint> checks(EngineTable table) throws SQLException {
            List<CheckConstraint> checks = new ArrayList<>();
            for (String check : table.def().checks()) {
                checks.add(new CheckConstraint(table.def().name(), check, scalar(check, table.def())));
            }
            return checks;
        }

        @Override
        public Expr defaultValue(EngineTable table, int column) throws SQLException {
            ColumnDef c = table.def().columns().get(column);
            return scalar(c.defaultSql(), null);
        }

        /** Compiles an expression text over the columns of {@code table} (or over nothing). */
        private Expr scalar(String expression, TableDef table) throws SQLException {
            String sql = "SELECT (" + expression + ")" + (table == null ? "" : " FROM " + quote(table.name()));
            ParsedSql parsed = parser.parse(sql);
            SqlValidator validator = validator();
            SqlNode validated = NaryLogic.restore(validator.validate(parsed.node()));
            RelNode rel = converter(validator).convertQuery(validated, false, true).project();
            if (rel instanceof Values values && values.getTuples().size() == 1) {
                return builder.exprs().compile(values.getTuples().get(0).get(0), values.getRowType());
            }
            if (!(rel instanceof Project project)) {
                throw Errors.unsupported("expression " + expression);
            }
            return builder.exprs().compile(project.getProjects().get(0), project.getInput().getRowType());
        }
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static List<ColumnInfo> columns(List<String> labels, RelDataType rowType, List<List<String>> origins,
                                            SchemaSnapshot snapshot) {
        List<ColumnInfo> out = new ArrayList<>();
        List<RelDataTypeField> fields = rowType.getFieldList();
        for (int i = 0; i < fields.size(); i++) {
            RelDataType type = fields.get(i).getType();
            List<String> origin = origins == null || i >= origins.size() ? null : origins.get(i);
            String label = labels.get(i);
            if (origin != null && origin.size() >= 2) {
                String table = origin.get(origin.size() - 2);
                String column = origin.get(origin.size() - 1);
                TableDef def = snapshot.catalog().table(table);
                int index = def == null ? -1 : def.columnIndex(column);
                String declared = index < 0 ? "" : def.columns().get(index).declaredType();
                boolean notNull = index >= 0 && (def.columns().get(index).notNull() || index == def.rowIdColumn());
                out.add(new ColumnInfo(label, column, def == null ? table : def.name(), jdbcType(type),
                        declared.isEmpty() ? typeName(type) : declared,
                        notNull ? ResultSetMetaData.columnNoNulls : ResultSetMetaData.columnNullable));
            } else {
                out.add(new ColumnInfo(label, label, "", jdbcType(type), typeName(type),
                        ResultSetMetaData.columnNullableUnknown));
            }
        }
        return out;
    }

    static int jdbcType(RelDataType type) {
        SqlTypeName name = type.getSqlTypeName();
        return name == SqlTypeName.ANY || name == SqlTypeName.NULL ? Types.OTHER : name.getJdbcOrdinal();
    }

    static String typeName(RelDataType type) {
        return switch (type.getSqlTypeName()) {
            case BIGINT, INTEGER, SMALLINT, TINYINT -> "INTEGER";
            case DOUBLE, FLOAT, REAL -> "REAL";
            case CHAR, VARCHAR -> "TEXT";
            case BINARY, VARBINARY -> "BLOB";
            case DECIMAL -> "NUMERIC";
            default -> type.getSqlTypeName().getName();
        };
    }
}
