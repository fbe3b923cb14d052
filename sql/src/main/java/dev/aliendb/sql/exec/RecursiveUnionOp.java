package dev.aliendb.sql.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * WITH RECURSIVE: emits the seed rows, then repeatedly runs the recursive part over the previous
 * iteration's rows (the work table) until an iteration produces nothing new. Rows stream out as they are
 * produced, so an outer LIMIT stops an endless recursion; otherwise the execution control (timeout, cancel)
 * does. Under UNION (not ALL) rows already produced are dropped.
 */
public final class RecursiveUnionOp implements Operator {
    private final Operator seed;
    private final Operator recursive;
    private final WorkTable workTable;
    private final boolean all;

    public RecursiveUnionOp(Operator seed, Operator recursive, WorkTable workTable, boolean all) {
        this.seed = seed;
        this.recursive = recursive;
        this.workTable = workTable;
        this.all = all;
    }

    @Override
    public Cursor open(ExecContext ctx) throws SQLException {
        Set<RowKey> seen = all ? null : new HashSet<>();
        return new Cursor() {
            private Cursor current = seed.open(ctx);
            private List<Object[]> produced = new ArrayList<>();

            @Override
            public Object[] next() throws SQLException {
                while (current != null) {
                    Object[] row = current.next();
                    ctx.tick();
                    if (row == null) {
                        current.close();
                        current = null;
                        if (!produced.isEmpty()) {
                            ctx.control().check();
                            ctx.setState(workTable, produced);
                            produced = new ArrayList<>();
                            current = recursive.open(ctx);
                        }
                        continue;
                    }
                    if (seen == null || seen.add(new RowKey(row))) {
                        produced.add(row);
                        return row;
                    }
                }
                return null;
            }

            @Override
            public void close() {
                if (current != null) {
                    current.close();
                    current = null;
                }
            }
        };
    }

    @Override
    public String describe() {
        return "RECURSIVE UNION" + (all ? " ALL" : "") + " " + workTable.name();
    }

    @Override
    public List<Operator> inputs() {
        return List.of(seed, recursive);
    }
}
