package dev.aliendb.sql.eval;

import dev.aliendb.engine.Affinity;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Compiles Calcite row expressions into {@link Expr} trees with SQLite semantics. Input references read
 * {@code row[index]} of the input row type; parameters read {@link EvalContext#parameters()}; correlation
 * variables read {@link EvalContext#correlation}; subqueries run through the executor's
 * {@link SubqueryCompiler}. Calcite's CASTs are implicit (explicit SQL casts are
 * {@link SqliteOperators#CAST}) and compile to the identity. Unsupported expressions fail at compile
 * time with SQLSTATE 0A000, never at run time.
 */
public final class RexCompiler {
    private static final RexBuilder REX_BUILDER = new RexBuilder(new SqliteTypeFactory());
    private static final Map<SqlOperator, ScalarFunctions.Compiler> FUNCTIONS = new IdentityHashMap<>();

    static {
        for (ScalarFunctions.Definition d : ScalarFunctions.definitions()) {
            FUNCTIONS.put(d.operator(), d.compiler());
        }
    }

    private final RelDataType inputRowType;
    private final SubqueryCompiler subqueries;

    private RexCompiler(RelDataType inputRowType, SubqueryCompiler subqueries) {
        this.inputRowType = inputRowType;
        this.subqueries = subqueries;
    }

    /**
     * @param node         the expression
     * @param inputRowType row type of the rows it is evaluated on (may be null for expressions without
     *                     input references)
     * @param sub          compiles subqueries; may be null when the expression has none
     */
    public static Expr compile(RexNode node, RelDataType inputRowType, SubqueryCompiler sub) throws SQLException {
        return new RexCompiler(inputRowType, sub).expr(node);
    }

    Expr expr(RexNode node) throws SQLException {
        if (node instanceof RexLiteral) {
            Object value = literal((RexLiteral) node);
            return (row, ctx) -> value;
        }
        if (node instanceof RexInputRef) {
            int index = ((RexInputRef) node).getIndex();
            if (inputRowType != null && index >= inputRowType.getFieldCount()) {
                throw new SQLException("input reference $" + index + " out of range", "XX000");
            }
            return (row, ctx) -> row[index];
        }
        if (node instanceof RexDynamicParam) {
            int index = ((RexDynamicParam) node).getIndex();
            return (row, ctx) -> ctx.parameter(index);
        }
        if (node instanceof RexFieldAccess) {
            return fieldAccess((RexFieldAccess) node);
        }
        if (node instanceof RexSubQuery) {
            return Subqueries.compile((RexSubQuery) node, this, subqueries);
        }
        if (node instanceof RexCall) {
            return call((RexCall) node);
        }
        throw unsupported(node);
    }

    private Expr fieldAccess(RexFieldAccess access) throws SQLException {
        if (!(access.getReferenceExpr() instanceof RexCorrelVariable)) {
            throw unsupported(access);
        }
        int id = ((RexCorrelVariable) access.getReferenceExpr()).id.getId();
        int field = access.getField().getIndex();
        return (row, ctx) -> ctx.correlation(id)[field];
    }

    static SQLException unsupported(RexNode node) {
        return new SQLException("unsupported expression: " + node, "0A000");
    }

    /** The run-time value of a literal. */
    static Object literal(RexLiteral lit) throws SQLException {
        if (lit.isNull()) {
            return null;
        }
        SqlTypeName type = lit.getType().getSqlTypeName();
        switch (type) {
            case BOOLEAN:
                return Predicates.bool(Boolean.TRUE.equals(lit.getValueAs(Boolean.class)));
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return Conversions.fromBigDecimal(lit.getValueAs(BigDecimal.class));
            case DECIMAL: {
                BigDecimal d = lit.getValueAs(BigDecimal.class);
                return lit.getType().getScale() > 0 ? (Object) d.doubleValue() : Conversions.fromBigDecimal(d);
            }
            case DOUBLE:
            case FLOAT:
            case REAL:
                return lit.getValueAs(Double.class);
            case CHAR:
            case VARCHAR:
                return lit.getValueAs(String.class);
            case BINARY:
            case VARBINARY:
                return lit.getValueAs(ByteString.class).getBytes();
            case DATE:
            case TIME:
            case TIMESTAMP:
                return lit.toString();
            case SYMBOL:
                return lit.getValue();
            default:
                throw unsupported(lit);
        }
    }

    Expr[] operands(RexCall call) throws SQLException {
        List<RexNode> ops = call.getOperands();
        Expr[] result = new Expr[ops.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = expr(ops.get(i));
        }
        return result;
    }

    private Expr call(RexCall call) throws SQLException {
        SqlOperator op = call.getOperator();
        ScalarFunctions.Compiler fn = FUNCTIONS.get(op);
        if (fn != null) {
            return fn.compile(operands(call));
        }
        if (op == SqliteOperators.CAST) {
            return Casts.explicit(expr(call.getOperands().get(0)), call.getType());
        }
        if (op == SqliteOperators.GLOB || op == SqliteOperators.NOT_GLOB) {
            return Matching.glob(operands(call), op == SqliteOperators.NOT_GLOB);
        }
        if (op == SqliteOperators.IN_LIST) {
            return Matching.inList(operands(call), AffinityOf.of(call.getOperands().get(0)));
        }
        if (op == SqliteOperators.CONCAT || (op.getKind() == SqlKind.OTHER && "||".equals(op.getName()))) {
            Expr[] a = operands(call);
            return binary(a, TextFunctions::concat2);
        }
        if (op == SqliteOperators.SHIFT_LEFT || op == SqliteOperators.SHIFT_RIGHT) {
            return binary(operands(call), op == SqliteOperators.SHIFT_LEFT ? Arithmetic::shiftLeft : Arithmetic::shiftRight);
        }
        switch (call.getKind()) {
            case PLUS:
                return binary(operands(call), Arithmetic::add);
            case MINUS:
                return binary(operands(call), Arithmetic::subtract);
            case TIMES:
                return binary(operands(call), Arithmetic::multiply);
            case DIVIDE:
                return binary(operands(call), Arithmetic::divide);
            case MOD:
                return binary(operands(call), Arithmetic::remainder);
            case MINUS_PREFIX: {
                Expr a = expr(call.getOperands().get(0));
                return (row, ctx) -> Arithmetic.negate(a.eval(row, ctx));
            }
            case PLUS_PREFIX:
            case CAST:
                return expr(call.getOperands().get(0));
            case EQUALS:
            case NOT_EQUALS:
            case LESS_THAN:
            case LESS_THAN_OR_EQUAL:
            case GREATER_THAN:
            case GREATER_THAN_OR_EQUAL:
                return Predicates.compare(call.getKind(), expr(call.getOperands().get(0)),
                        expr(call.getOperands().get(1)), comparison(call));
            case IS_DISTINCT_FROM:
            case IS_NOT_DISTINCT_FROM:
                return Predicates.isSame(expr(call.getOperands().get(0)), expr(call.getOperands().get(1)),
                        comparison(call), call.getKind() == SqlKind.IS_DISTINCT_FROM);
            case AND:
                return Predicates.and(operands(call));
            case OR:
                return Predicates.or(operands(call));
            case NOT:
                return Predicates.not(expr(call.getOperands().get(0)));
            case IS_NULL:
            case IS_NOT_NULL:
                return Predicates.isNull(expr(call.getOperands().get(0)), call.getKind() == SqlKind.IS_NOT_NULL);
            case IS_TRUE:
            case IS_NOT_TRUE:
                return Predicates.isTruth(expr(call.getOperands().get(0)), true, call.getKind() == SqlKind.IS_NOT_TRUE);
            case IS_FALSE:
            case IS_NOT_FALSE:
                return Predicates.isTruth(expr(call.getOperands().get(0)), false,
                        call.getKind() == SqlKind.IS_NOT_FALSE);
            case CASE:
                return caseWhen(operands(call));
            case COALESCE:
                return ScalarFunctions.coalesce(operands(call));
            case LIKE:
                return Matching.like(operands(call), "NOT LIKE".equals(op.getName()));
            case SEARCH:
                return expr(RexUtil.expandSearch(REX_BUILDER, null, call));
            default:
                ScalarFunctions.Compiler byName = ScalarFunctions.byName(op.getName(), call.getOperands().size());
                if (byName != null) {
                    return byName.compile(operands(call));
                }
                throw unsupported(call);
        }
    }

    private static Comparison comparison(RexCall call) {
        Affinity left = AffinityOf.of(call.getOperands().get(0));
        Affinity right = AffinityOf.of(call.getOperands().get(1));
        return Comparison.of(left, right);
    }

    /** A two-operand operator. */
    @FunctionalInterface
    interface Binary {
        Object apply(Object a, Object b) throws SQLException;
    }

    private static Expr binary(Expr[] a, Binary f) throws SQLException {
        if (a.length != 2) {
            throw new SQLException("operator expects 2 operands, got " + a.length, "XX000");
        }
        Expr x = a[0];
        Expr y = a[1];
        return (row, ctx) -> f.apply(x.eval(row, ctx), y.eval(row, ctx));
    }

    /** Searched CASE: operands are when1, then1, ..., else. */
    private static Expr caseWhen(Expr[] a) {
        int pairs = a.length / 2;
        Expr otherwise = a.length % 2 == 1 ? a[a.length - 1] : (row, ctx) -> null;
        return (row, ctx) -> {
            for (int i = 0; i < pairs; i++) {
                if (SqlValues.isTrue(a[2 * i].eval(row, ctx))) {
                    return a[2 * i + 1].eval(row, ctx);
                }
            }
            return otherwise.eval(row, ctx);
        };
    }
}
