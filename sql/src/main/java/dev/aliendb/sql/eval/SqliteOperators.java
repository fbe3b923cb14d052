package dev.aliendb.sql.eval;

import dev.aliendb.sql.parser.AlienOperators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlPostfixOperator;
import org.apache.calcite.sql.SqlPrefixOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.fun.SqlBetweenOperator;
import org.apache.calcite.sql.fun.SqlInOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlOperandTypeChecker;
import org.apache.calcite.sql.type.SqlOperandTypeInference;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorException;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.util.Litmus;
import org.apache.calcite.util.Optionality;

/**
 * The operators AlienDB validates SQL with: SQLite's functions and lenient versions of Calcite's
 * operators. Every operator here accepts operands of any type (SQLite is dynamically typed), gives
 * unknown operands ('?', NULL) the type ANY, and infers a return type that never makes Calcite insert
 * a conversion: BOOLEAN for predicates, a fixed type where SQLite's result class is fixed (length ->
 * BIGINT, round -> DOUBLE, upper -> VARCHAR), else ANY. The comparison and logical operators keep
 * Calcite's SqlKind so planner rules still recognise them. {@link SqliteRewriter} swaps the parser's
 * standard operators for these before validation; {@link RexCompiler} evaluates them.
 */
public final class SqliteOperators {
    private SqliteOperators() {
    }

    /**
     * Operands whose type cannot be derived ('?', NULL) get type ANY. Known operands are not derived here:
     * deriving a sibling early would touch parameters not yet typed.
     */
    static final SqlOperandTypeInference UNKNOWN_IS_ANY = (binding, returnType, operandTypes) -> {
        RelDataTypeFactory f = binding.getTypeFactory();
        RelDataType any = f.createTypeWithNullability(f.createSqlType(SqlTypeName.ANY), true);
        java.util.Arrays.fill(operandTypes, any);
    };

    static SqlReturnTypeInference nullable(SqlTypeName type) {
        return b -> b.getTypeFactory().createTypeWithNullability(b.getTypeFactory().createSqlType(type), true);
    }

    static final SqlReturnTypeInference ANY = nullable(SqlTypeName.ANY);
    static final SqlReturnTypeInference BOOLEAN = nullable(SqlTypeName.BOOLEAN);
    static final SqlReturnTypeInference BOOLEAN_NOT_NULL = b -> b.getTypeFactory().createSqlType(SqlTypeName.BOOLEAN);
    /** Text results are typed ANY: VARCHAR would give them TEXT affinity when referenced as a column. */
    static final SqlReturnTypeInference TEXT = ANY;
    /** INTEGER, not BIGINT: BIGINT marks columns with INTEGER affinity. */
    static final SqlReturnTypeInference INTEGER = nullable(SqlTypeName.INTEGER);
    static final SqlReturnTypeInference REAL = nullable(SqlTypeName.DOUBLE);
    static final SqlReturnTypeInference BLOB = nullable(SqlTypeName.VARBINARY);
    /** The type of the first operand, nullable. */
    static final SqlReturnTypeInference FIRST = b ->
            b.getTypeFactory().createTypeWithNullability(b.getOperandType(0), true);
    /** The type named by the string literal second operand of SQLITE_CAST. */
    static final SqlReturnTypeInference CAST_TARGET = b -> {
        String name = b.getOperandLiteralValue(1, String.class);
        return b.getTypeFactory().createTypeWithNullability(
                SqliteTypes.typeForDeclared(name == null ? "" : name, b.getTypeFactory()), true);
    };

    static SqlOperandTypeChecker args(int min, int max) {
        return OperandTypes.variadic(max < 0 ? SqlOperandCountRanges.from(min)
                : SqlOperandCountRanges.between(min, max));
    }

    // Each lenient operator has its own class: SqlOperator.equals compares class, name and kind, and
    // Calcite's convertlet table would otherwise treat ours as the standard operator of the same name.

    /** A lenient binary operator. */
    private static final class LenientBinary extends SqlBinaryOperator {
        LenientBinary(SqlBinaryOperator std, SqlReturnTypeInference returns) {
            super(std.getName(), std.getKind(), std.getLeftPrec(), true, returns, UNKNOWN_IS_ANY, args(2, 2));
        }

        /** AND and OR are flattened to n operands in row expressions. */
        @Override
        public boolean validRexOperands(int count, Litmus litmus) {
            if (count > 2 && (getKind() == SqlKind.AND || getKind() == SqlKind.OR)) {
                return litmus.succeed();
            }
            return super.validRexOperands(count, litmus);
        }
    }

    /** A lenient prefix operator. */
    private static final class LenientPrefix extends SqlPrefixOperator {
        LenientPrefix(SqlPrefixOperator std, SqlReturnTypeInference returns) {
            super(std.getName(), std.getKind(), std.getRightPrec() - 1, returns, UNKNOWN_IS_ANY, args(1, 1));
        }
    }

    /** A lenient postfix operator. */
    private static final class LenientPostfix extends SqlPostfixOperator {
        LenientPostfix(SqlPostfixOperator std) {
            super(std.getName(), std.getKind(), std.getLeftPrec(), BOOLEAN_NOT_NULL, UNKNOWN_IS_ANY, args(1, 1));
        }
    }

    /**
     * A lenient special-syntax operator: {@code x op y [ESCAPE z]} (LIKE, GLOB), or {@code x IN (y, ...)}
     * when {@code list} is set. Unparsing matters: Calcite keys aggregate expressions by their SQL text.
     */
    private static final class LenientSpecial extends SqlSpecialOperator {
        private final boolean list;

        LenientSpecial(String name, SqlKind kind, int prec, boolean leftAssoc, int minArgs, int maxArgs,
                       boolean list) {
            super(name, kind, prec, leftAssoc, BOOLEAN, UNKNOWN_IS_ANY, args(minArgs, maxArgs));
            this.list = list;
        }

        @Override
        public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
            SqlWriter.Frame frame = writer.startList("(", ")");
            call.operand(0).unparse(writer, getLeftPrec(), getRightPrec());
            writer.keyword(getName());
            if (list) {
                SqlWriter.Frame values = writer.startList("(", ")");
                for (int i = 1; i < call.operandCount(); i++) {
                    writer.sep(",");
                    call.operand(i).unparse(writer, 0, 0);
                }
                writer.endList(values);
            } else {
                call.operand(1).unparse(writer, getLeftPrec(), getRightPrec());
                if (call.operandCount() > 2) {
                    writer.keyword("ESCAPE");
                    call.operand(2).unparse(writer, getLeftPrec(), getRightPrec());
                }
            }
            writer.endList(frame);
        }
    }

    private static SqlBinaryOperator binary(SqlBinaryOperator std, SqlReturnTypeInference returns) {
        return new LenientBinary(std, returns);
    }

    // comparisons and logic (Calcite kinds kept)
    public static final SqlBinaryOperator EQUALS = binary(SqlStdOperatorTable.EQUALS, BOOLEAN);
    public static final SqlBinaryOperator NOT_EQUALS = binary(SqlStdOperatorTable.NOT_EQUALS, BOOLEAN);
    public static final SqlBinaryOperator LESS_THAN = binary(SqlStdOperatorTable.LESS_THAN, BOOLEAN);
    public static final SqlBinaryOperator LESS_THAN_OR_EQUAL =
            binary(SqlStdOperatorTable.LESS_THAN_OR_EQUAL, BOOLEAN);
    public static final SqlBinaryOperator GREATER_THAN = binary(SqlStdOperatorTable.GREATER_THAN, BOOLEAN);
    public static final SqlBinaryOperator GREATER_THAN_OR_EQUAL =
            binary(SqlStdOperatorTable.GREATER_THAN_OR_EQUAL, BOOLEAN);
    public static final SqlBinaryOperator IS_DISTINCT_FROM =
            binary(SqlStdOperatorTable.IS_DISTINCT_FROM, BOOLEAN_NOT_NULL);
    public static final SqlBinaryOperator IS_NOT_DISTINCT_FROM =
            binary(SqlStdOperatorTable.IS_NOT_DISTINCT_FROM, BOOLEAN_NOT_NULL);
    public static final SqlBinaryOperator AND = binary(SqlStdOperatorTable.AND, BOOLEAN);
    public static final SqlBinaryOperator OR = binary(SqlStdOperatorTable.OR, BOOLEAN);
    public static final SqlPrefixOperator NOT = new LenientPrefix(SqlStdOperatorTable.NOT, BOOLEAN);
    public static final SqlPostfixOperator IS_TRUE = postfix(SqlStdOperatorTable.IS_TRUE);
    public static final SqlPostfixOperator IS_NOT_TRUE = postfix(SqlStdOperatorTable.IS_NOT_TRUE);
    public static final SqlPostfixOperator IS_FALSE = postfix(SqlStdOperatorTable.IS_FALSE);
    public static final SqlPostfixOperator IS_NOT_FALSE = postfix(SqlStdOperatorTable.IS_NOT_FALSE);

    private static SqlPostfixOperator postfix(SqlPostfixOperator std) {
        return new LenientPostfix(std);
    }

    // arithmetic
    public static final SqlBinaryOperator PLUS = binary(SqlStdOperatorTable.PLUS, ANY);
    public static final SqlBinaryOperator MINUS = binary(SqlStdOperatorTable.MINUS, ANY);
    public static final SqlBinaryOperator MULTIPLY = binary(SqlStdOperatorTable.MULTIPLY, ANY);
    public static final SqlBinaryOperator DIVIDE = binary(SqlStdOperatorTable.DIVIDE, ANY);
    public static final SqlBinaryOperator REMAINDER = binary(SqlStdOperatorTable.PERCENT_REMAINDER, ANY);
    public static final SqlBinaryOperator CONCAT = binary(SqlStdOperatorTable.CONCAT, ANY);
    public static final SqlBinaryOperator SHIFT_LEFT = binary(SqlStdOperatorTable.BIT_LEFT_SHIFT, INTEGER);
    public static final SqlBinaryOperator SHIFT_RIGHT = binary(AlienOperators.SHIFT_RIGHT, INTEGER);
    public static final SqlPrefixOperator NEGATE = new LenientPrefix(SqlStdOperatorTable.UNARY_MINUS, ANY);
    public static final SqlPrefixOperator UNARY_PLUS = new LenientPrefix(SqlStdOperatorTable.UNARY_PLUS, ANY);

    /** {@code x [NOT] LIKE pattern [ESCAPE e]}: SQLite LIKE (ASCII case-insensitive). */
    public static final SqlSpecialOperator LIKE = like("LIKE", SqlKind.LIKE);
    public static final SqlSpecialOperator NOT_LIKE = like("NOT LIKE", SqlKind.LIKE);
    /** {@code x [NOT] GLOB pattern}: case-sensitive Unix-style matching. */
    public static final SqlSpecialOperator GLOB = like("GLOB", SqlKind.OTHER);
    public static final SqlSpecialOperator NOT_GLOB = like("NOT GLOB", SqlKind.OTHER);

    private static SqlSpecialOperator like(String name, SqlKind kind) {
        return new LenientSpecial(name, kind, SqlStdOperatorTable.LIKE.getRightPrec(), false, 2, 3, false);
    }

    /** {@code x IN (v1, ..., vn)} with a value list; operands are x, v1, ..., vn. */
    public static final SqlSpecialOperator IN_LIST = new LenientSpecial("IN", SqlKind.OTHER,
            SqlStdOperatorTable.IN.getLeftPrec(), true, 1, -1, true);

    /** {@code x IN (SELECT ...)} without type checks: SQLite compares any values (see {@link Subqueries}). */
    public static final SqlInOperator IN_QUERY = new LenientInQuery(SqlKind.IN);
    public static final SqlInOperator NOT_IN_QUERY = new LenientInQuery(SqlKind.NOT_IN);

    /** See {@link #IN_QUERY}. */
    private static final class LenientInQuery extends SqlInOperator {
        LenientInQuery(SqlKind kind) {
            super(kind.sql, kind);
        }

        @Override
        public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call) {
            RelDataType left = validator.deriveType(scope, call.operand(0));
            RelDataType right = validator.deriveType(scope, call.operand(1));
            int expected = left.isStruct() ? left.getFieldCount() : 1;
            if (right.getFieldCount() != expected) {
                // SQLite: "sub-select returns 2 columns - expected 1"
                String message = "sub-select returns " + right.getFieldCount() + " columns - expected " + expected;
                SqlParserPos pos = call.operand(1).getParserPosition();
                throw new CalciteContextException(message, new SqlValidatorException(message, null),
                        pos.getLineNum(), pos.getColumnNum(), pos.getEndLineNum(), pos.getEndColumnNum());
            }
            boolean nullable = left.isNullable() || right.getFieldList().stream().anyMatch(f -> f.getType().isNullable());
            RelDataTypeFactory f = validator.getTypeFactory();
            return f.createTypeWithNullability(f.createSqlType(SqlTypeName.BOOLEAN), nullable);
        }

        @Override
        public SqlOperator not() {
            return getKind() == SqlKind.IN ? NOT_IN_QUERY : IN_QUERY;
        }
    }

    /** BETWEEN without type checks; converted by Calcite into {@code x >= lo AND x <= hi}. */
    public static final SqlBetweenOperator BETWEEN = new LenientBetween(false);
    public static final SqlBetweenOperator NOT_BETWEEN = new LenientBetween(true);

    /** See {@link #BETWEEN}. */
    private static final class LenientBetween extends SqlBetweenOperator {
        LenientBetween(boolean negated) {
            super(Flag.ASYMMETRIC, negated);
        }

        @Override
        public boolean checkOperandTypes(SqlCallBinding callBinding, boolean throwOnFailure) {
            return true;
        }
    }

    /**
     * An explicit {@code CAST(x AS type)}, as {@code SQLITE_CAST(x, 'type')}. Calcite's own CAST calls in a
     * plan are therefore all implicit, and evaluate as the identity.
     */
    public static final SqlFunction CAST = function("SQLITE_CAST", 2, 2, CAST_TARGET);

    static SqlFunction function(String name, int min, int max, SqlReturnTypeInference returns) {
        return new SqlFunction(name, SqlKind.OTHER_FUNCTION, returns, UNKNOWN_IS_ANY, args(min, max),
                SqlFunctionCategory.USER_DEFINED_FUNCTION);
    }

    /** A non-deterministic function (random, randomblob). */
    static SqlFunction volatileFunction(String name, int min, int max, SqlReturnTypeInference returns) {
        return new SqlFunction(name, SqlKind.OTHER_FUNCTION, returns, UNKNOWN_IS_ANY, args(min, max),
                SqlFunctionCategory.USER_DEFINED_FUNCTION) {
            @Override
            public boolean isDeterministic() {
                return false;
            }

            @Override
            public boolean isDynamicFunction() {
                return true;
            }
        };
    }

    /** SQLite aggregate with lenient operand checking. */
    static SqlAggFunction aggregate(String name, SqlKind kind, int min, int max, SqlReturnTypeInference returns) {
        return new SqlAggFunction(name, null, kind, returns, UNKNOWN_IS_ANY, args(min, max),
                SqlFunctionCategory.USER_DEFINED_FUNCTION, false, false, Optionality.FORBIDDEN) {
        };
    }

    public static final SqlAggFunction SUM = aggregate("SUM", SqlKind.SUM, 1, 1, ANY);
    public static final SqlAggFunction TOTAL = aggregate("TOTAL", SqlKind.OTHER_FUNCTION, 1, 1, REAL);
    public static final SqlAggFunction AVG = aggregate("AVG", SqlKind.AVG, 1, 1, REAL);
    public static final SqlAggFunction MIN = aggregate("MIN", SqlKind.MIN, 1, 1, ANY);
    public static final SqlAggFunction MAX = aggregate("MAX", SqlKind.MAX, 1, 1, ANY);
    public static final SqlAggFunction GROUP_CONCAT =
            aggregate("GROUP_CONCAT", SqlKind.OTHER_FUNCTION, 1, 2, TEXT);
    public static final SqlAggFunction STRING_AGG = aggregate("STRING_AGG", SqlKind.OTHER_FUNCTION, 2, 2, TEXT);
    /**
     * {@code BARE_AT_MAX(x, y)}: x of the group's first row holding the largest non-NULL y (x of the last row
     * when every y is NULL): a bare column beside SQLite's lone max(y). Written only by {@link BareColumns}.
     */
    public static final SqlAggFunction BARE_AT_MAX = aggregate("BARE_AT_MAX", SqlKind.OTHER_FUNCTION, 2, 2, FIRST);
    /** {@code BARE_AT_MIN(x, y)}: as {@link #BARE_AT_MAX} for the smallest y. */
    public static final SqlAggFunction BARE_AT_MIN = aggregate("BARE_AT_MIN", SqlKind.OTHER_FUNCTION, 2, 2, FIRST);

    /** Scalar functions by upper-case name, each with its evaluator. */
    static final Map<String, List<SqlOperator>> FUNCTIONS_BY_NAME = new HashMap<>();
    private static final List<SqlOperator> ALL = new ArrayList<>();

    static {
        for (ScalarFunctions.Definition d : ScalarFunctions.definitions()) {
            register(d.operator());
        }
        for (SqlOperator agg : List.of(SUM, TOTAL, AVG, MIN, MAX, GROUP_CONCAT, STRING_AGG, BARE_AT_MAX, BARE_AT_MIN)) {
            register(agg);
        }
    }

    private static void register(SqlOperator op) {
        FUNCTIONS_BY_NAME.computeIfAbsent(op.getName().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(op);
        ALL.add(op);
    }

    /** All SQLite functions (scalar and aggregate) this dialect defines. */
    static List<SqlOperator> functions() {
        return Collections.unmodifiableList(ALL);
    }

    /** Parser-produced standard operators and their lenient replacements. */
    static final Map<SqlOperator, SqlOperator> REPLACEMENTS = new IdentityHashMap<>();

    static {
        REPLACEMENTS.put(SqlStdOperatorTable.EQUALS, EQUALS);
        REPLACEMENTS.put(SqlStdOperatorTable.NOT_EQUALS, NOT_EQUALS);
        REPLACEMENTS.put(SqlStdOperatorTable.LESS_THAN, LESS_THAN);
        REPLACEMENTS.put(SqlStdOperatorTable.LESS_THAN_OR_EQUAL, LESS_THAN_OR_EQUAL);
        REPLACEMENTS.put(SqlStdOperatorTable.GREATER_THAN, GREATER_THAN);
        REPLACEMENTS.put(SqlStdOperatorTable.GREATER_THAN_OR_EQUAL, GREATER_THAN_OR_EQUAL);
        REPLACEMENTS.put(SqlStdOperatorTable.IS_DISTINCT_FROM, IS_DISTINCT_FROM);
        REPLACEMENTS.put(SqlStdOperatorTable.IS_NOT_DISTINCT_FROM, IS_NOT_DISTINCT_FROM);
        REPLACEMENTS.put(SqlStdOperatorTable.AND, AND);
        REPLACEMENTS.put(SqlStdOperatorTable.OR, OR);
        REPLACEMENTS.put(SqlStdOperatorTable.NOT, NOT);
        REPLACEMENTS.put(SqlStdOperatorTable.IS_TRUE, IS_TRUE);
        REPLACEMENTS.put(SqlStdOperatorTable.IS_NOT_TRUE, IS_NOT_TRUE);
        REPLACEMENTS.put(SqlStdOperatorTable.IS_FALSE, IS_FALSE);
        REPLACEMENTS.put(SqlStdOperatorTable.IS_NOT_FALSE, IS_NOT_FALSE);
        REPLACEMENTS.put(SqlStdOperatorTable.PLUS, PLUS);
        REPLACEMENTS.put(SqlStdOperatorTable.MINUS, MINUS);
        REPLACEMENTS.put(SqlStdOperatorTable.MULTIPLY, MULTIPLY);
        REPLACEMENTS.put(SqlStdOperatorTable.DIVIDE, DIVIDE);
        REPLACEMENTS.put(SqlStdOperatorTable.PERCENT_REMAINDER, REMAINDER);
        REPLACEMENTS.put(SqlStdOperatorTable.CONCAT, CONCAT);
        REPLACEMENTS.put(SqlStdOperatorTable.BIT_LEFT_SHIFT, SHIFT_LEFT);
        REPLACEMENTS.put(AlienOperators.SHIFT_RIGHT, SHIFT_RIGHT);
        REPLACEMENTS.put(SqlStdOperatorTable.UNARY_MINUS, NEGATE);
        REPLACEMENTS.put(SqlStdOperatorTable.UNARY_PLUS, UNARY_PLUS);
        REPLACEMENTS.put(SqlStdOperatorTable.LIKE, LIKE);
        REPLACEMENTS.put(SqlStdOperatorTable.NOT_LIKE, NOT_LIKE);
        REPLACEMENTS.put(SqlStdOperatorTable.BETWEEN, BETWEEN);
        REPLACEMENTS.put(SqlStdOperatorTable.NOT_BETWEEN, NOT_BETWEEN);
    }
}
