package dev.aliendb.sql.exec;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.TableAccess;
import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * UPDATE: reads the qualifying rows through the planned access path, computes every new row from its old
 * row first (so the update never sees its own changes), then checks CHECK constraints and writes each row
 * back under its row id.
 */
public final class UpdateExec implements Executable {
    private final String table;
    private final TableOperator source;
    private final int[] columns;
    private final List<Expr> values;
    private final List<CheckConstraint> checks;
    private final ConflictAction onConflict;

    public UpdateExec(String table, TableOperator source, int[] columns, List<Expr> values,
                      List<CheckConstraint> checks, ConflictAction onConflict) {
        this.table = table;
        this.source = source;
        this.columns = columns.clone();
        this.values = List.copyOf(values);
        this.checks = List.copyOf(checks);
        this.onConflict = onConflict;
    }

    @Override
    public Outcome run(ExecContext ctx) throws SQLException {
        List<long[]> ids = new ArrayList<>();
        List<Object[]> newRows = new ArrayList<>();
        try (TableRowCursor c = source.open(ctx)) {
            for (Object[] row = c.next(); row != null; row = c.next()) {
                ctx.tick();
                Object[] updated = row.clone();
                for (int i = 0; i < columns.length; i++) {
                    updated[columns[i]] = values.get(i).eval(row, ctx.eval());
                }
                ids.add(new long[] {c.rowId()});
                newRows.add(updated);
            }
        }
        TableAccess access = ctx.table(table);
        long count = 0;
        try {
            for (int i = 0; i < newRows.size(); i++) {
                ctx.tick();
                Object[] row = newRows.get(i);
                if (!CheckConstraint.admits(checks, row, ctx, onConflict)) {
                    continue;
                }
                access.update(ids.get(i)[0], row, onConflict);
                count++;
            }
        } catch (EngineException e) {
            throw Errors.of(e);
        }
        return Outcome.count(count);
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public String explain() {
        return "UPDATE " + table + "\n" + Executable.explain(source).indent(2).stripTrailing();
    }
}
