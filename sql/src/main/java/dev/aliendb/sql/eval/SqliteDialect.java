package dev.aliendb.sql.eval;

import dev.aliendb.engine.ColumnDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlConformance;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql2rel.SqlToRelConverter;

/**
 * How AlienDB configures Calcite's front end for SQLite semantics (see docs/sql-types.md):
 * <ul>
 * <li>types come from {@link #typeFactory()} (a {@link SqliteTypeFactory}) and column types from
 *     {@link #columnType};</li>
 * <li>validators are created by {@link #newValidator} only: it rewrites the tree into the SQLite
 *     dialect, uses {@link #operatorTable()} and {@link #validatorConfig}: type coercion OFF (no implicit
 *     CASTs), NULLs sort first (NullCollation.LOW), identifiers expanded;</li>
 * <li>SqlToRelConverter must use {@link #sqlToRelConfig()}: no subquery expansion (RexSubQuery
 *     reaches {@link RexCompiler}) and a RelBuilder without simplification (RexSimplify assumes boolean
 *     operands for AND/OR and Calcite's semantics) and without merging a UNION of VALUES into one VALUES
 *     (that casts every literal to the union's type, which fails for ANY); likewise no
 *     ReduceExpressionsRule or other constant folding in the planner.</li>
 * </ul>
 * Any CAST Calcite adds to a plan is then a type annotation only, and is evaluated as the identity;
 * explicit SQL CASTs appear as {@link SqliteOperators#CAST}.
 */
public final class SqliteDialect {
    private static final SqlOperatorTable OPERATOR_TABLE = buildOperatorTable();

    private SqliteDialect() {
    }

    /** SQLite's functions plus Calcite's standard operators they do not replace. */
    public static SqlOperatorTable operatorTable() {
        return OPERATOR_TABLE;
    }

    private static SqlOperatorTable buildOperatorTable() {
        // The validator re-resolves every call by name, syntax and kind (SqlOperator.deriveType), so the
        // table must hold the lenient operators instead of the standard ones they replace.
        List<SqlOperator> ops = new ArrayList<>(SqliteOperators.functions());
        ops.addAll(SqliteOperators.REPLACEMENTS.values());
        ops.addAll(List.of(SqliteOperators.CAST, SqliteOperators.IN_LIST, SqliteOperators.GLOB,
                SqliteOperators.NOT_GLOB));
        return SqlOperatorTables.chain(SqlOperatorTables.of(ops), new StandardRemainder());
    }

    /** Calcite's standard operators minus those {@link SqliteOperators} replaces. */
    private static final class StandardRemainder implements SqlOperatorTable {
        private final SqlOperatorTable std = SqlStdOperatorTable.instance();

        private static boolean replaced(SqlOperator op) {
            return SqliteOperators.REPLACEMENTS.containsKey(op) || op.getSyntax().family == SqlSyntax.FUNCTION
                    && SqliteOperators.FUNCTIONS_BY_NAME.containsKey(op.getName().toUpperCase(Locale.ROOT));
        }

        @Override
        public void lookupOperatorOverloads(SqlIdentifier opName, SqlFunctionCategory category, SqlSyntax syntax,
                                            List<SqlOperator> operatorList, SqlNameMatcher nameMatcher) {
            List<SqlOperator> found = new ArrayList<>();
            std.lookupOperatorOverloads(opName, category, syntax, found, nameMatcher);
            for (SqlOperator op : found) {
                if (!replaced(op)) {
                    operatorList.add(op);
                }
            }
        }

        @Override
        public List<SqlOperator> getOperatorList() {
            List<SqlOperator> list = new ArrayList<>();
            for (SqlOperator op : std.getOperatorList()) {
                if (!replaced(op)) {
                    list.add(op);
                }
            }
            return list;
        }
    }

    /** A new type factory; share one per engine (Calcite type factories are thread-safe). */
    public static RelDataTypeFactory typeFactory() {
        return new SqliteTypeFactory();
    }

    public static SqlValidator.Config validatorConfig(SqlConformance conformance) {
        return SqlValidator.Config.DEFAULT
                .withConformance(conformance)
                .withTypeCoercionEnabled(false)
                .withDefaultNullCollation(NullCollation.LOW)
                .withIdentifierExpansion(true)
                .withCallRewrite(true);
    }

    /** The only way to get a validator with SQLite semantics. */
    public static SqlValidator newValidator(SqlValidatorCatalogReader catalogReader, RelDataTypeFactory typeFactory,
                                            SqlConformance conformance) {
        return new SqliteValidator(OPERATOR_TABLE, catalogReader, typeFactory, validatorConfig(conformance));
    }

    public static SqlToRelConverter.Config sqlToRelConfig() {
        return SqlToRelConverter.config().withExpand(false).withTrimUnusedFields(false)
                .withInSubQueryThreshold(Integer.MAX_VALUE)
                .withRelBuilderConfigTransform(c -> c.withSimplify(false).withSimplifyValues(false));
    }

    /** The Calcite type of a table column: by its affinity (and declared type for BLOB/typeless). */
    public static RelDataType columnType(ColumnDef column, RelDataTypeFactory factory) {
        RelDataType t = SqliteTypes.typeForDeclared(column.declaredType(), factory);
        if (column.affinity() != SqliteTypes.affinityOfDeclared(column.declaredType())) {
            t = SqliteTypes.typeFor(column.affinity(), factory);
        }
        return factory.createTypeWithNullability(t, !column.notNull());
    }
}
