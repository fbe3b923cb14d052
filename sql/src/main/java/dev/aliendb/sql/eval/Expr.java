package dev.aliendb.sql.eval;

import java.sql.SQLException;

/**
 * A compiled scalar expression with SQLite semantics. Built once per plan by {@link RexCompiler}, evaluated
 * per row. Implementations are immutable and thread-safe; all per-execution state lives in the
 * {@link EvalContext}. The result is null, Long, Double, String or byte[] (plus the typed Java values a
 * column may hold: BigDecimal, Boolean, LocalDate, LocalTime, LocalDateTime). Boolean-valued SQL
 * expressions yield Long 1/0, as SQLite has no boolean type.
 */
@FunctionalInterface
public interface Expr {
    Object eval(Object[] row, EvalContext ctx) throws SQLException;
}
