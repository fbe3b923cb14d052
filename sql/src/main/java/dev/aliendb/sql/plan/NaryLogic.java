package dev.aliendb.sql.plan;

import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Puts Calcite's own AND / OR operators back into a validated tree. The SqlToRelConverter flattens
 * {@code a AND b AND c} into one n-ary call, which Calcite only accepts for its standard AND/OR (RexBuilder
 * asserts two operands for any other binary operator); sql-eval's lenient replacements have the same kind,
 * and the evaluator compiles AND/OR by kind, so nothing else changes.
 */
final class NaryLogic {
    private static final SqlBasicVisitor<Void> RESTORE = new SqlBasicVisitor<>() {
        @Override
        public Void visit(SqlCall call) {
            if (call instanceof SqlBasicCall basic) {
                if (call.getKind() == SqlKind.AND && call.getOperator() != SqlStdOperatorTable.AND) {
                    basic.setOperator(SqlStdOperatorTable.AND);
                } else if (call.getKind() == SqlKind.OR && call.getOperator() != SqlStdOperatorTable.OR) {
                    basic.setOperator(SqlStdOperatorTable.OR);
                }
            }
            return super.visit(call);
        }
    };

    private NaryLogic() {
    }

    static SqlNode restore(SqlNode validated) {
        validated.accept(RESTORE);
        return validated;
    }
}
