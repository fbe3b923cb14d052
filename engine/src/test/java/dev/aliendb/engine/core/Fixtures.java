package dev.aliendb.engine.core;

import dev.aliendb.engine.Affinity;
import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.Database;
import dev.aliendb.engine.Databases;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.RowCursor;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Helpers shared by the engine tests: fresh in-memory databases, column and table builders, statements. */
final class Fixtures {
    private static final AtomicInteger NAMES = new AtomicInteger();

    private Fixtures() {
    }

    static Database memory() throws EngineException {
        return Databases.open("mem:fixture" + NAMES.incrementAndGet(), Map.of("busy_timeout", "200"));
    }

    static ColumnDef col(String name, String type) {
        return new ColumnDef(name, type, Affinity.of(type), false, null, false, false);
    }

    static ColumnDef notNull(String name, String type) {
        return new ColumnDef(name, type, Affinity.of(type), true, null, false, false);
    }

    static ColumnDef rowId(String name, boolean autoIncrement) {
        return new ColumnDef(name, "INTEGER", Affinity.INTEGER, false, null, true, autoIncrement);
    }

    /** A table; {@code rowIdColumn} -1 for none; unique keys as column lists. */
    static TableDef table(String name, int rowIdColumn, List<List<Integer>> unique, ColumnDef... columns) {
        return new TableDef(name, List.of(columns), rowIdColumn, unique, List.of(), "CREATE TABLE " + name + "(...)", 0);
    }

    interface Body<T> {
        T run() throws EngineException;
    }

    /** Runs {@code body} as one statement of {@code s}, ending it with success or failure. */
    static <T> T statement(Session s, boolean writes, Body<T> body) throws EngineException {
        s.beginStatement(writes);
        T result;
        try {
            result = body.run();
        } catch (EngineException | RuntimeException e) {
            s.endStatement(false);
            throw e;
        }
        s.endStatement(true);
        return result;
    }

    static long insert(Session s, String table, Object... row) throws EngineException {
        return statement(s, true, () -> s.table(table).insert(row, dev.aliendb.engine.ConflictAction.ABORT));
    }

    /** All rows of a cursor as lists (the cursor is closed). */
    static List<List<Object>> drain(RowCursor c) throws EngineException {
        List<List<Object>> out = new ArrayList<>();
        try (c) {
            while (c.next()) {
                out.add(Arrays.asList(c.row().clone()));
            }
        }
        return out;
    }

    static List<List<Object>> scan(Session s, String table) throws EngineException {
        return statement(s, false, () -> drain(s.table(table).scan()));
    }
}
