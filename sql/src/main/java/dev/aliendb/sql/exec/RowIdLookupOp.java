package dev.aliendb.sql.exec;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.TableAccess;
import dev.aliendb.sql.eval.Expr;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;

/**
 * Point lookups by row id: {@code rowid = e} or {@code rowid IN (e1, e2, ...)}. The key expressions are
 * evaluated once per open (they reference no row of this table); rows come out in row-id order, each once.
 */
public final class RowIdLookupOp implements TableOperator {
    private final String table;
    private final List<Expr> keys;
    private final String text;

    public RowIdLookupOp(String table, List<Expr> keys, String text) {
        this.table = table;
        this.keys = List.copyOf(keys);
        this.text = text;
    }

    @Override
    public TableRowCursor open(ExecContext ctx) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        for (Expr key : keys) {
            Long id = KeyValues.exactRowId(key.eval(null, ctx.eval()));
            if (id != null) {
                ids.add(id);
            }
        }
        TableAccess access = ctx.table(table);
        return new TableRowCursor() {
            private long current;

            @Override
            public Object[] next() throws SQLException {
                try {
                    while (!ids.isEmpty()) {
                        current = ids.pollFirst();
                        Object[] row = access.get(current);
                        if (row != null) {
                            return row.clone();
                        }
                    }
                    return null;
                } catch (EngineException e) {
                    throw Errors.of(e);
                }
            }

            @Override
            public long rowId() {
                return current;
            }

            @Override
            public void close() {
                ids.clear();
            }
        };
    }

    @Override
    public String describe() {
        return "SEARCH " + table + " USING INTEGER PRIMARY KEY (" + text + ")";
    }

    @Override
    public List<Operator> inputs() {
        return List.of();
    }
}
