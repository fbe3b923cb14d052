package dev.aliendb.sql.eval;

import java.sql.SQLException;
import org.apache.calcite.rel.RelNode;

/** Compiles the relational plan of a RexSubQuery into a {@link RowSource}; implemented by the executor. */
@FunctionalInterface
public interface SubqueryCompiler {
    RowSource compile(RelNode subquery) throws SQLException;
}
