package dev.aliendb.engine.core;

import static dev.aliendb.engine.core.Fixtures.col;
import static dev.aliendb.engine.core.Fixtures.drain;
import static dev.aliendb.engine.core.Fixtures.rowId;
import static dev.aliendb.engine.core.Fixtures.statement;
import static dev.aliendb.engine.core.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.Database;
import dev.aliendb.engine.Databases;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.Isolation;
import dev.aliendb.engine.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random interleavings of 2–3 transactions over a few rows, run on real sessions (a transaction that gets
 * 40001 rolls back and drops out), checked against a model: under SERIALIZABLE the committed transactions,
 * replayed one at a time in some order over a map, read exactly what they read and leave exactly the
 * table's final rows; under REPEATABLE READ no committed increment is lost.
 */
class IsolationModelProperties {
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final long ROWS = 3; // rows 1..3 exist at the start, row 4 does not

    /** One step of a transaction; {@code row} 0 for a scan. */
    enum Kind { READ, SCAN, ADD, INSERT, DELETE }

    record Op(Kind kind, long row, long delta) {
    }

    @Provide
    Arbitrary<List<List<Op>>> anyOps() {
        return transactions(Arbitraries.of(Kind.class));
    }

    @Provide
    Arbitrary<List<List<Op>>> increments() {
        return transactions(Arbitraries.of(Kind.READ, Kind.SCAN, Kind.ADD));
    }

    private static Arbitrary<List<List<Op>>> transactions(Arbitrary<Kind> kinds) {
        Arbitrary<Op> op = Combinators.combine(kinds, Arbitraries.longs().between(1, ROWS + 1), Arbitraries.longs().between(1, 9))
                .as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(2).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Integer>> schedules() {
        return Arbitraries.integers().between(0, 2).list().ofMaxSize(30);
    }

    @Property(tries = 150)
    void serializableHistoriesHaveASerialOrder(@ForAll("anyOps") List<List<Op>> txs,
                                               @ForAll("schedules") List<Integer> schedule) throws Exception {
        History h = run(Isolation.SERIALIZABLE, txs, schedule);
        assertTrue(existsSerialOrder(h.committed, new boolean[h.committed.size()], 0, initialRows(), h.finalRows),
                () -> "no serial order explains " + h.committed + " ending in " + h.finalRows);
    }

    @Property(tries = 150)
    void snapshotIsolationLosesNoUpdate(@ForAll("increments") List<List<Op>> txs,
                                        @ForAll("schedules") List<Integer> schedule) throws Exception {
        History h = run(Isolation.REPEATABLE_READ, txs, schedule);
        Map<Long, Long> expected = initialRows();
        for (Observed t : h.committed) {
            for (int i = 0; i < t.ops.size(); i++) {
                Op op = t.ops.get(i);
                if (op.kind == Kind.ADD && t.results.get(i) != null) {
                    expected.merge(op.row, op.delta, Long::sum);
                }
            }
        }
        assertEquals(expected, h.finalRows);
    }

    /** A committed transaction: its operations and what each one saw. */
    record Observed(List<Op> ops, List<Object> results) {
    }

    record History(List<Observed> committed, Map<Long, Long> finalRows) {
    }

    private static Map<Long, Long> initialRows() {
        Map<Long, Long> rows = new TreeMap<>();
        for (long r = 1; r <= ROWS; r++) {
            rows.put(r, 100 * r);
        }
        return rows;
    }

    private static History run(Isolation level, List<List<Op>> txs, List<Integer> schedule) throws EngineException {
        Database db = Databases.open("mem:isolation" + NAMES.incrementAndGet(), Map.of("busy_timeout", "0"));
        List<Session> sessions = new ArrayList<>();
        try {
            Session setup = db.openSession();
            sessions.add(setup);
            setup.createTable(table("t", 0, List.of(), rowId("id", false), col("v", "INTEGER")));
            for (Map.Entry<Long, Long> e : initialRows().entrySet()) {
                statement(setup, true, () -> setup.table("t").insert(new Object[] {e.getKey(), e.getValue()}, ConflictAction.ABORT));
            }
            List<Observed> running = new ArrayList<>();
            for (List<Op> ops : txs) {
                Session s = db.openSession();
                sessions.add(s);
                s.setIsolation(level);
                s.begin();
                running.add(new Observed(ops, new ArrayList<>()));
            }
            List<Observed> committed = new ArrayList<>();
            boolean[] done = new boolean[txs.size()];
            for (int step = 0, left = txs.size(); left > 0; step++) {
                int i = step < schedule.size() ? schedule.get(step) % txs.size() : step % txs.size();
                while (done[i]) {
                    i = (i + 1) % txs.size();
                }
                Session s = sessions.get(i + 1);
                Observed t = running.get(i);
                try {
                    if (t.results.size() < t.ops.size()) {
                        t.results.add(apply(s, t.ops.get(t.results.size())));
                        continue;
                    }
                    s.commit();
                    committed.add(t);
                } catch (EngineException e) {
                    assertEquals("40001", e.sqlState(), e.getMessage());
                    s.rollback();
                }
                done[i] = true;
                left--;
            }
            return new History(committed, rows(statement(setup, false, () -> drain(setup.table("t").scan()))));
        } finally {
            for (Session s : sessions) {
                s.close();
            }
        }
    }

    /** Runs one operation as the application would (a read statement, then a write statement). */
    private static Object apply(Session s, Op op) throws EngineException {
        Object[] row = op.kind == Kind.SCAN ? null : statement(s, false, () -> s.table("t").get(op.row));
        Long value = row == null ? null : (Long) row[1];
        switch (op.kind) {
            case SCAN:
                return rows(statement(s, false, () -> drain(s.table("t").scan())));
            case ADD:
                if (value != null) {
                    statement(s, true, () -> {
                        s.table("t").update(op.row, new Object[] {op.row, value + op.delta}, ConflictAction.ABORT);
                        return null;
                    });
                }
                return value;
            case INSERT:
                if (value == null) {
                    statement(s, true, () -> s.table("t").insert(new Object[] {op.row, op.delta}, ConflictAction.ABORT));
                }
                return value;
            case DELETE:
                if (value != null) {
                    statement(s, true, () -> s.table("t").delete(op.row));
                }
                return value;
            default:
                return value;
        }
    }

    private static Map<Long, Long> rows(List<List<Object>> rows) {
        Map<Long, Long> map = new TreeMap<>();
        for (List<Object> r : rows) {
            map.put((Long) r.get(0), (Long) r.get(1));
        }
        return map;
    }

    /** Whether the {@code txs} not yet {@code placed} can run one after another from {@code state}, each seeing what it saw. */
    private static boolean existsSerialOrder(List<Observed> txs, boolean[] placed, int count, Map<Long, Long> state,
                                             Map<Long, Long> finalRows) {
        if (count == txs.size()) {
            return state.equals(finalRows);
        }
        for (int i = 0; i < txs.size(); i++) {
            Map<Long, Long> next = new TreeMap<>(state);
            if (!placed[i] && replay(txs.get(i), next)) {
                placed[i] = true;
                if (existsSerialOrder(txs, placed, count + 1, next, finalRows)) {
                    return true;
                }
                placed[i] = false;
            }
        }
        return false;
    }

    /** Replays {@code t} alone over {@code state}; false when it would have seen something else. */
    private static boolean replay(Observed t, Map<Long, Long> state) {
        for (int i = 0; i < t.ops.size(); i++) {
            Op op = t.ops.get(i);
            Object expected = op.kind == Kind.SCAN ? new TreeMap<>(state) : state.get(op.row);
            if (!Objects.equals(expected, t.results.get(i))) {
                return false;
            }
            Long value = state.get(op.row);
            if (op.kind == Kind.ADD && value != null) {
                state.put(op.row, value + op.delta);
            } else if (op.kind == Kind.INSERT && value == null) {
                state.put(op.row, op.delta);
            } else if (op.kind == Kind.DELETE) {
                state.remove(op.row);
            }
        }
        return true;
    }
}
