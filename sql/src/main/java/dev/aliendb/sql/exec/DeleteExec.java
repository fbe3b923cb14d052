package dev.aliendb.sql.exec;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.TableAccess;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** DELETE: collects the row ids of the qualifying rows through the planned access path, then deletes them. */
public final class DeleteExec implements Executable {
    private final String table;
    private final TableOperator source;

    public DeleteExec(String table, TableOperator source) {
        this.table = table;
        this.source = source;
    }

    @Override
    public Outcome run(ExecContext ctx) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (TableRowCursor c = source.open(ctx)) {
            for (Object[] row = c.next(); row != null; row = c.next()) {
                ctx.tick();
                ids.add(c.rowId());
            }
        }
        TableAccess access = ctx.table(table);
        long count = 0;
        try {
            for (long id : ids) {
                ctx.tick();
                if (access.delete(id)) {
                    count++;
                }
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
        return "DELETE FROM " + table + "\n" + Executable.explain(source).indent(2).stripTrailing();
    }
}
