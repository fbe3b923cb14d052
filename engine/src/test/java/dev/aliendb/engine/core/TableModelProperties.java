package dev.aliendb.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.RowCursor;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableAccess;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random inserts, updates and deletes with ABORT / IGNORE / REPLACE on t(id INTEGER PRIMARY KEY, u UNIQUE,
 * n) with an index on n, against a TreeMap model of SQLite's conflict rules and against SQLite itself
 * (sqlite-jdbc); after every operation the scan, an index range and (at the end) the integrity check agree.
 */
class TableModelProperties {
    private static Connection sqlite;

    @BeforeContainer
    static void open() throws SQLException {
        sqlite = DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @AfterContainer
    static void close() throws SQLException {
        sqlite.close();
    }

    enum Op { INSERT, UPDATE, DELETE }

    record Action(Op op, Long id, String u, long n, ConflictAction onConflict) {
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Long> ids = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.longs().between(1, 12).map(l -> (Long) l));
        Arbitrary<String> us = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("p", "q", "r", "s"));
        return Combinators.combine(Arbitraries.of(Op.class), ids, us, Arbitraries.longs().between(0, 4),
                        Arbitraries.of(ConflictAction.ABORT, ConflictAction.IGNORE, ConflictAction.REPLACE))
                .as(Action::new).list().ofMaxSize(60);
    }

    @Property(tries = 100)
    void writesFollowTheModel(@ForAll("actions") List<Action> actions) throws Exception {
        try (Statement sql = sqlite.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS t");
            sql.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, u TEXT UNIQUE, n INTEGER)");
        }
        try (Session s = Fixtures.memory().openSession()) {
            s.createTable(Fixtures.table("t", 0, List.of(List.of(1)), Fixtures.rowId("id", false),
                    Fixtures.col("u", "TEXT"), Fixtures.col("n", "INTEGER")));
            s.createIndex(new IndexDef("t_n", "t", List.of(2), List.of(false), false, "CREATE INDEX t_n ON t(n)", 0), false);
            TreeMap<Long, List<Object>> model = new TreeMap<>();
            for (Action a : actions) {
                Long target = a.op() == Op.UPDATE && !model.isEmpty() ? model.firstKey() : null;
                boolean expectConflict = apply(model, a, target);
                boolean conflicted = false;
                try {
                    Fixtures.statement(s, true, () -> run(s.table("t"), a, target));
                } catch (EngineException e) {
                    assertEquals("23505", e.sqlState(), e.getMessage());
                    conflicted = true;
                }
                assertEquals(expectConflict, conflicted, a.toString());
                assertEquals(expectConflict, sqliteFails(a, target), "SQLite disagrees on " + a);
                assertEquals(new ArrayList<>(model.values()), Fixtures.scan(s, "t"), a.toString());
                assertEquals(new ArrayList<>(model.values()), sqliteRows(), "SQLite disagrees after " + a);
                assertEquals(byN(model, 2), rowsWithN(s, 2), a.toString());
            }
            assertEquals(List.of(), s.database().integrityCheck());
        }
    }

    /** The same action on SQLite; returns whether it failed with a constraint error. */
    private static boolean sqliteFails(Action a, Long target) throws SQLException {
        String sql = switch (a.op()) {
            case INSERT -> "INSERT OR " + a.onConflict() + " INTO t VALUES(?, ?, ?)";
            case UPDATE -> "UPDATE OR " + a.onConflict() + " t SET id = coalesce(?, id), u = ?, n = ? WHERE id = ?";
            default -> "DELETE FROM t WHERE id = coalesce(?, 0)";
        };
        try (PreparedStatement p = sqlite.prepareStatement(sql)) {
            p.setObject(1, a.id());
            if (a.op() != Op.DELETE) {
                p.setObject(2, a.u());
                p.setLong(3, a.n());
            }
            if (a.op() == Op.UPDATE) {
                p.setObject(4, target);
            }
            p.executeUpdate();
            return false;
        } catch (SQLException e) {
            assertTrue(e.getMessage().contains("UNIQUE constraint failed"), e.getMessage());
            return true;
        }
    }

    private static List<List<Object>> sqliteRows() throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = sqlite.createStatement(); ResultSet rs = s.executeQuery("SELECT id, u, n FROM t ORDER BY id")) {
            while (rs.next()) {
                rows.add(Arrays.asList(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return rows;
    }

    /** Runs the action on the table; UPDATE rewrites row {@code target} (the smallest row id), if any. */
    private static Void run(TableAccess t, Action a, Long target) throws EngineException {
        Object[] row = {a.id(), a.u(), a.n()};
        switch (a.op()) {
            case INSERT -> t.insert(row, a.onConflict());
            case UPDATE -> {
                if (target != null) {
                    t.update(target, new Object[] {a.id() == null ? target : a.id(), a.u(), a.n()}, a.onConflict());
                }
            }
            default -> t.delete(a.id() == null ? 0 : a.id());
        }
        return null;
    }

    /**
     * Applies {@code a} to the model by SQLite's rules; returns whether it fails with a UNIQUE error (then the
     * model is unchanged). Inserts with a NULL id get max + 1.
     */
    private static boolean apply(TreeMap<Long, List<Object>> model, Action a, Long self) {
        if (a.op() == Op.DELETE) {
            model.remove(a.id() == null ? 0 : a.id());
            return false;
        }
        if (a.op() == Op.UPDATE && self == null) {
            return false;
        }
        long id = a.id() != null ? a.id() : self != null ? self : (model.isEmpty() ? 1 : model.lastKey() + 1);
        List<Long> conflicts = new ArrayList<>();
        if (!Objects.equals(id, self) && model.containsKey(id)) {
            conflicts.add(id);
        }
        for (Map.Entry<Long, List<Object>> e : model.entrySet()) {
            if (a.u() != null && a.u().equals(e.getValue().get(1)) && !e.getKey().equals(self) && !conflicts.contains(e.getKey())) {
                conflicts.add(e.getKey());
            }
        }
        if (!conflicts.isEmpty() && a.onConflict() == ConflictAction.ABORT) {
            return true;
        }
        if (!conflicts.isEmpty() && a.onConflict() == ConflictAction.IGNORE) {
            return false;
        }
        conflicts.forEach(model::remove);
        if (self != null) {
            model.remove(self);
        }
        model.put(id, Arrays.asList(id, a.u(), a.n()));
        return false;
    }

    private static List<List<Object>> byN(TreeMap<Long, List<Object>> model, long n) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> row : model.values()) {
            if (row.get(2).equals(n)) {
                out.add(row);
            }
        }
        return out;
    }

    private static List<List<Object>> rowsWithN(Session s, long n) throws EngineException {
        return Fixtures.statement(s, false, () -> {
            try (RowCursor c = s.table("t").indexRange("t_n", new Object[] {n}, true, new Object[] {n}, true)) {
                return Fixtures.drain(c);
            }
        });
    }
}
