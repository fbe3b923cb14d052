package dev.aliendb.sql.exec;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.TableAccess;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * INSERT: the source produces complete rows in table column order (defaults already filled in); all source
 * rows are computed before the first insert (so INSERT INTO t SELECT ... FROM t sees the old table), then
 * each row is checked against the CHECK constraints and inserted with the conflict action. The generated
 * keys are the row ids of the inserted rows.
 */
public final class InsertExec implements Executable {
    private final String table;
    private final Operator source;
    private final List<CheckConstraint> checks;
    private final ConflictAction onConflict;

    public InsertExec(String table, Operator source, List<CheckConstraint> checks, ConflictAction onConflict) {
        this.table = table;
        this.source = source;
        this.checks = List.copyOf(checks);
        this.onConflict = onConflict;
    }

    @Override
    public Outcome run(ExecContext ctx) throws SQLException {
        List<Object[]> rows = Rows.drain(source, ctx);
        TableAccess access = ctx.table(table);
        List<Long> keys = new ArrayList<>(rows.size());
        try {
            for (Object[] row : rows) {
                ctx.tick();
                if (!CheckConstraint.admits(checks, row, ctx, onConflict)) {
                    continue;
                }
                long id = access.insert(row, onConflict);
                if (id != -1) {
                    keys.add(id);
                }
            }
        } catch (EngineException e) {
            throw Errors.of(e);
        }
        return new Outcome(null, keys.size(), List.copyOf(keys));
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public String explain() {
        return "INSERT INTO " + table + (onConflict == ConflictAction.ABORT ? "" : " OR " + onConflict) + "\n"
                + Executable.explain(source).indent(2).stripTrailing();
    }
}
