package dev.aliendb.sql.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.aliendb.sql.parser.AlienOperators;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlUtil;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlNameMatchers;
import org.apache.calcite.sql.validate.SqlValidatorException;

/**
 * Rewrites a parse tree, in place, into the SQLite dialect before validation: standard operators become
 * their lenient {@link SqliteOperators} versions; functions known to both Calcite and SQLite resolve to
 * the SQLite ones; {@code x [NOT] IN (list)} becomes IN_LIST; {@code CAST(x AS t)} becomes
 * {@code SQLITE_CAST(x, 't')}; TRIM/SUBSTRING syntax becomes trim/ltrim/rtrim/substr calls; and a
 * condition that is not a predicate (WHERE c, CASE WHEN c, ON c, HAVING c) is wrapped in IS TRUE; a CASE
 * whose results are all NULL becomes NULL; {@code x IN ()} is the constant 0 and {@code x NOT IN ()} 1
 * (even for a NULL x, as in SQLite); bare columns of aggregate queries are wrapped ({@link BareColumns}); a
 * DISTINCT aggregate with other than one argument is an error, as in SQLite.
 * Idempotent: rewriting a rewritten tree changes nothing.
 */
final class SqliteRewriter {
    private static final Set<SqlKind> PREDICATES = EnumSet.of(SqlKind.EQUALS, SqlKind.NOT_EQUALS,
            SqlKind.LESS_THAN, SqlKind.LESS_THAN_OR_EQUAL, SqlKind.GREATER_THAN, SqlKind.GREATER_THAN_OR_EQUAL,
            SqlKind.IS_DISTINCT_FROM, SqlKind.IS_NOT_DISTINCT_FROM, SqlKind.AND, SqlKind.OR, SqlKind.NOT,
            SqlKind.IS_NULL, SqlKind.IS_NOT_NULL, SqlKind.IS_TRUE, SqlKind.IS_NOT_TRUE, SqlKind.IS_FALSE,
            SqlKind.IS_NOT_FALSE, SqlKind.LIKE, SqlKind.EXISTS, SqlKind.IN, SqlKind.NOT_IN, SqlKind.BETWEEN,
            SqlKind.SOME, SqlKind.ALL, SqlKind.SIMILAR);

    private SqliteRewriter() {
    }

    /** Rewrites {@code node}; {@code tables} tells the columns of the tables and views it names. */
    static SqlNode rewrite(SqlNode node, FromColumns.Tables tables) {
        if (node instanceof SqlNodeList) {
            SqlNodeList list = (SqlNodeList) node;
            for (int i = 0; i < list.size(); i++) {
                SqlNode child = list.get(i);
                SqlNode r = child == null ? null : rewrite(child, tables);
                if (r != child) {
                    list.set(i, r);
                }
            }
            return node;
        }
        if (!(node instanceof SqlCall)) {
            return node;
        }
        SqlCall call = (SqlCall) node;
        List<SqlNode> operands = call.getOperandList();
        for (int i = 0; i < operands.size(); i++) {
            SqlNode child = operands.get(i);
            if (child == null) {
                continue;
            }
            SqlNode r = rewrite(child, tables);
            if (r != child) {
                call.setOperand(i, r);
            }
        }
        if (call instanceof SqlSelect) {
            SqlSelect select = (SqlSelect) call;
            select.setWhere(condition(select.getWhere()));
            select.setHaving(condition(select.getHaving()));
            BareColumns.wrap(select, tables);
            return select;
        }
        if (call instanceof SqlJoin) {
            SqlJoin join = (SqlJoin) call;
            if (join.getConditionType() == JoinConditionType.ON && join.getCondition() != null) {
                join.setOperand(5, condition(join.getCondition()));
            }
            return join;
        }
        if (call instanceof SqlCase) {
            SqlCase c = (SqlCase) call;
            if (allNull(c)) {
                return SqlLiteral.createNull(c.getParserPosition()); // Calcite rejects a CASE of only NULLs
            }
            if (c.getValueOperand() == null) {
                SqlNodeList whens = c.getWhenOperands();
                for (int i = 0; i < whens.size(); i++) {
                    whens.set(i, condition(whens.get(i)));
                }
            }
            return c;
        }
        if (call instanceof SqlInsert insert && insert.getSource().getKind() == SqlKind.VALUES) {
            shieldValueLiterals((SqlCall) insert.getSource());
            return insert;
        }
        if (call instanceof SqlBasicCall) {
            return replace((SqlBasicCall) call);
        }
        return call;
    }

    /**
     * Drops every assignment of an UPDATE's SET list that a later one to the same column overrides (SQLite:
     * "all but the rightmost occurrence is ignored"); Calcite would reject the repeated column.
     */
    static void keepLastAssignments(SqlUpdate update) {
        SqlNodeList targets = update.getTargetColumnList();
        SqlNodeList sources = update.getSourceExpressionList();
        Set<String> later = new java.util.HashSet<>();
        for (int i = targets.size() - 1; i >= 0; i--) {
            SqlIdentifier column = (SqlIdentifier) targets.get(i);
            if (!later.add(column.names.get(column.names.size() - 1).toUpperCase(Locale.ROOT))) {
                targets.remove(i);
                sources.remove(i);
            }
        }
    }

    /**
     * Wraps the non-integer, non-NULL literals of INSERT ... VALUES rows in unary plus (the identity):
     * SqlToRelConverter converts VALUES literals to the target column's type itself, rounding 1.5 into
     * a DECIMAL column and failing on '2024-01-02' for a DATE (NUMERIC affinity) column.
     */
    private static void shieldValueLiterals(SqlCall values) {
        for (SqlNode row : values.getOperandList()) {
            if (!(row instanceof SqlCall rowCall)) {
                continue;
            }
            for (int i = 0; i < rowCall.operandCount(); i++) {
                if (rowCall.operand(i) instanceof SqlLiteral lit && !SqlUtil.isNullLiteral(lit, false)
                        && !(lit instanceof SqlNumericLiteral n && n.isInteger())
                        && lit.getTypeName() != org.apache.calcite.sql.type.SqlTypeName.BOOLEAN) {
                    rowCall.setOperand(i, SqliteOperators.UNARY_PLUS.createCall(lit.getParserPosition(), lit));
                }
            }
        }
    }

    private static boolean allNull(SqlCase c) {
        for (SqlNode then : c.getThenOperands()) {
            if (!SqlUtil.isNullLiteral(then, false)) {
                return false;
            }
        }
        return c.getElseOperand() == null || SqlUtil.isNullLiteral(c.getElseOperand(), false);
    }

    /** Wraps a non-predicate condition in IS TRUE (SQLite tests truth of any value). */
    private static SqlNode condition(SqlNode c) {
        if (c == null || isPredicate(c)) {
            return c;
        }
        return SqliteOperators.IS_TRUE.createCall(c.getParserPosition(), c);
    }

    private static boolean isPredicate(SqlNode c) {
        if (c instanceof SqlLiteral) {
            return ((SqlLiteral) c).getTypeName() == org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
        }
        if (!(c instanceof SqlCall)) {
            return false;
        }
        SqlOperator op = ((SqlCall) c).getOperator();
        return PREDICATES.contains(op.getKind()) || op == SqliteOperators.GLOB || op == SqliteOperators.NOT_GLOB
                || op == SqliteOperators.IN_LIST;
    }

    private static SqlNode replace(SqlBasicCall call) {
        SqlOperator op = call.getOperator();
        SqlParserPos pos = call.getParserPosition();
        SqlOperator lenient = SqliteOperators.REPLACEMENTS.get(op);
        if (lenient != null) {
            call.setOperator(lenient);
            return call;
        }
        if (op == SqlStdOperatorTable.IN || op == SqlStdOperatorTable.NOT_IN) {
            if (!(call.operand(1) instanceof SqlNodeList)) {
                call.setOperator(op == SqlStdOperatorTable.IN ? SqliteOperators.IN_QUERY : SqliteOperators.NOT_IN_QUERY);
                return call;
            }
            List<SqlNode> args = new ArrayList<>();
            args.add(call.operand(0));
            args.addAll((SqlNodeList) call.operand(1));
            SqlNode in = SqliteOperators.IN_LIST.createCall(pos, args);
            return op == SqlStdOperatorTable.IN ? in : SqliteOperators.NOT.createCall(pos, in);
        }
        if (op == AlienOperators.IN_EMPTY || op == AlienOperators.NOT_IN_EMPTY) {
            return SqlLiteral.createBoolean(op == AlienOperators.NOT_IN_EMPTY, pos); // evaluates to 0 / 1
        }
        if (op == SqlStdOperatorTable.CAST && call.operand(1) instanceof SqlDataTypeSpec) {
            SqlDataTypeSpec spec = call.operand(1);
            String typeName = spec.getTypeName().getSimple();
            return SqliteOperators.CAST.createCall(pos, call.operand(0),
                    SqlLiteral.createCharString(typeName, spec.getParserPosition()));
        }
        if (op instanceof SqlTrimFunction) {
            SqlTrimFunction.Flag flag = ((SqlLiteral) call.operand(0)).getValueAs(SqlTrimFunction.Flag.class);
            String name = flag == SqlTrimFunction.Flag.LEADING ? "LTRIM"
                    : flag == SqlTrimFunction.Flag.TRAILING ? "RTRIM" : "TRIM";
            return function(name, 2).createCall(pos, call.operand(2), call.operand(1));
        }
        if ("GLOB".equalsIgnoreCase(op.getName()) && op.getSyntax() != SqlSyntax.FUNCTION) {
            call.setOperator(SqliteOperators.GLOB);
            return call;
        }
        if ("NOT GLOB".equalsIgnoreCase(op.getName())) {
            call.setOperator(SqliteOperators.NOT_GLOB);
            return call;
        }
        if (op.getSyntax().family == SqlSyntax.FUNCTION || op instanceof SqlUnresolvedFunction
                || op == SqlStdOperatorTable.SUBSTRING) {
            SqlOperator mine = function(op.getName(), call.operandCount());
            if (mine == null && op instanceof SqlUnresolvedFunction) {
                mine = standardFunction(op.getName(), call.operandCount());
            }
            if (mine != null && mine != op) {
                call.setOperator(mine);
            }
        }
        if (call.getFunctionQuantifier() != null && call.getOperator().isAggregator() && call.operandCount() != 1
                && call.getFunctionQuantifier().getValue() == org.apache.calcite.sql.SqlSelectKeyword.DISTINCT) {
            String message = "DISTINCT aggregates must have exactly one argument";
            throw new CalciteContextException(message, new SqlValidatorException(message, null), pos.getLineNum(),
                    pos.getColumnNum(), pos.getEndLineNum(), pos.getEndColumnNum());
        }
        return call;
    }

    /** A function of Calcite's standard table (COUNT, ...) by case-insensitive name and arity, or null. */
    private static SqlOperator standardFunction(String name, int argc) {
        List<SqlOperator> found = new ArrayList<>();
        SqlStdOperatorTable.instance().lookupOperatorOverloads(new SqlIdentifier(name, SqlParserPos.ZERO), null,
                SqlSyntax.FUNCTION, found, SqlNameMatchers.withCaseSensitive(false));
        for (SqlOperator op : found) {
            if (op.getOperandCountRange().isValidCount(argc)) {
                return op;
            }
        }
        return null;
    }

    /** The SQLite function with this name accepting {@code argc} arguments, or null. */
    static SqlOperator function(String name, int argc) {
        List<SqlOperator> candidates = SqliteOperators.FUNCTIONS_BY_NAME.get(name.toUpperCase(Locale.ROOT));
        if (candidates == null) {
            return null;
        }
        for (SqlOperator op : candidates) {
            if (op.getOperandCountRange().isValidCount(argc)) {
                return op;
            }
        }
        return null;
    }
}
