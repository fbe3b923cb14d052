package dev.aliendb.sql.plan;

import dev.aliendb.sql.exec.ExecContext;
import dev.aliendb.sql.exec.Executable;
import dev.aliendb.sql.exec.Outcome;
import java.util.ArrayList;
import java.util.List;

/** EXPLAIN [QUERY PLAN]: one row per line of the explained statement's plan, without executing it. */
final class ExplainExec implements Executable {
    private final Executable explained;

    ExplainExec(Executable explained) {
        this.explained = explained;
    }

    @Override
    public Outcome run(ExecContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (String line : explained.explain().split("\n")) {
            rows.add(new Object[] {line});
        }
        return Outcome.rows(rows);
    }

    @Override
    public boolean writes() {
        return false;
    }

    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public String explain() {
        return "EXPLAIN\n" + explained.explain().indent(2).stripTrailing();
    }
}
