package dev.aliendb.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.Database;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.Session;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of BEGIN / COMMIT / ROLLBACK / SAVEPOINT / RELEASE / ROLLBACK TO and successful or failing
 * inserts, checked after every step against a model of SQLite's rules: what the session sees, what a second
 * session sees (only commits), and which commands are errors.
 */
class SessionModelProperties {

    enum Kind { INSERT, FAILING_INSERT, BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, ROLLBACK_TO }

    record Step(Kind kind, String name) {
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        return net.jqwik.api.Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.of("a", "b"))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(40);
    }

    /** SQLite's transaction rules over a list of values. */
    private static final class Model {
        List<Long> committed = new ArrayList<>();
        List<Long> working;
        boolean startedBySavepoint;
        final List<String> names = new ArrayList<>();
        final List<List<Long>> states = new ArrayList<>();

        boolean inTransaction() {
            return working != null;
        }

        List<Long> visible() {
            return inTransaction() ? working : committed;
        }

        void start(boolean bySavepoint) {
            working = new ArrayList<>(committed);
            startedBySavepoint = bySavepoint;
        }

        void end(boolean commit) {
            if (commit) {
                committed = working;
            }
            working = null;
            names.clear();
            states.clear();
        }

        int find(String name) {
            return names.lastIndexOf(name);
        }
    }

    @Property(tries = 150)
    void sessionFollowsSqliteTransactionRules(@ForAll("scripts") List<Step> script) throws Exception {
        Database db = Fixtures.memory();
        try (Session s = db.openSession(); Session other = db.openSession()) {
            s.createTable(Fixtures.table("t", -1, List.of(), Fixtures.col("v", "INTEGER")));
            Model m = new Model();
            long next = 0;
            for (Step step : script) {
                long v = next++;
                switch (step.kind()) {
                    case INSERT -> {
                        Fixtures.insert(s, "t", v);
                        m.visible().add(v);
                    }
                    case FAILING_INSERT -> assertThrows(IllegalStateException.class, () -> Fixtures.statement(s, true, () -> {
                        s.table("t").insert(new Object[] {v}, ConflictAction.ABORT);
                        throw new IllegalStateException("fails after its insert");
                    }));
                    case BEGIN -> {
                        if (m.inTransaction()) {
                            assertEquals("25001", assertThrows(EngineException.class, s::begin).sqlState());
                        } else {
                            s.begin();
                            m.start(false);
                        }
                    }
                    case COMMIT, ROLLBACK -> {
                        boolean commit = step.kind() == Kind.COMMIT;
                        if (!m.inTransaction()) {
                            assertEquals("25000", assertThrows(EngineException.class, commit ? s::commit : s::rollback).sqlState());
                        } else {
                            if (commit) {
                                s.commit();
                            } else {
                                s.rollback();
                            }
                            m.end(commit);
                        }
                    }
                    case SAVEPOINT -> {
                        s.savepoint(step.name());
                        if (!m.inTransaction()) {
                            m.start(true);
                        }
                        m.names.add(step.name());
                        m.states.add(new ArrayList<>(m.working));
                    }
                    case RELEASE, ROLLBACK_TO -> {
                        int i = m.find(step.name());
                        boolean release = step.kind() == Kind.RELEASE;
                        if (i < 0) {
                            assertEquals("3B001", assertThrows(EngineException.class, () -> {
                                if (release) {
                                    s.releaseSavepoint(step.name());
                                } else {
                                    s.rollbackToSavepoint(step.name());
                                }
                            }).sqlState());
                        } else if (release) {
                            s.releaseSavepoint(step.name());
                            if (i == 0 && m.startedBySavepoint) {
                                m.end(true);
                            } else {
                                m.names.subList(i, m.names.size()).clear();
                                m.states.subList(i, m.states.size()).clear();
                            }
                        } else {
                            s.rollbackToSavepoint(step.name());
                            m.working = new ArrayList<>(m.states.get(i));
                            m.names.subList(i + 1, m.names.size()).clear();
                            m.states.subList(i + 1, m.states.size()).clear();
                        }
                    }
                    default -> throw new IllegalArgumentException(step.toString());
                }
                assertEquals(m.inTransaction(), s.inTransaction(), script.toString());
                assertEquals(m.visible(), values(s), script.toString());
                assertEquals(m.committed, values(other), script.toString());
            }
        }
    }

    private static List<Long> values(Session s) throws EngineException {
        List<Long> out = new ArrayList<>();
        for (List<Object> row : Fixtures.scan(s, "t")) {
            out.add((Long) row.get(0));
        }
        return out;
    }
}
