package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.sql.ExecutionControl;
import dev.aliendb.sql.PreparedSql;
import dev.aliendb.sql.SqlEngine;
import dev.aliendb.sql.SqlResult;
import dev.aliendb.sql.SqlSession;
import dev.aliendb.sql.plan.Planner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cache hits skip Calcite; schema changes re-plan transparently. Prints the latency of a cached and an
 * uncached point select on the engine (indicative only: the build machine is shared).
 */
class PlanCacheTest {
    @Test
    void samePreparedSqlReExecutesWithoutPlanning() throws Exception {
        MemoryEngine db = new MemoryEngine();
        db.create(MemoryEngine.table("t", "id INTEGER PRIMARY KEY", "a INTEGER"));
        SqlSession session = AlienSession.over(db.openSession());
        SqlFixture sql = new SqlFixture(session);
        sql.update("INSERT INTO t VALUES (1, 10), (2, 20)");
        PreparedSql p = session.prepare("SELECT a FROM t WHERE id = ?");
        long plans = Planner.planCount();
        for (long id = 1; id <= 2; id++) {
            try (SqlResult r = p.execute(new Object[] {id}, null)) {
                assertTrue(r.next());
                assertEquals(id * 10, r.get(0));
            }
        }
        session.prepare("SELECT a FROM t WHERE id = ?");
        assertEquals(plans, Planner.planCount(), "a cache hit must not plan");

        db.create(MemoryEngine.table("other", "x INTEGER"));
        assertEquals(List.of("20"), sql.rows("SELECT a FROM t WHERE id = ?", 2L));
        try (SqlResult r = p.execute(new Object[] {1L}, null)) {
            assertTrue(r.next());
        }
        assertTrue(Planner.planCount() > plans, "a schema change must re-plan");
    }

    @Test
    void cachedPointSelectOnTheEngineSkipsPlanning() throws Exception {
        try (SqlSession session = SqlEngine.openSession("mem:plancache", Map.of())) {
            SqlFixture sql = new SqlFixture(session);
            sql.update("CREATE TABLE kv(id INTEGER PRIMARY KEY, k INTEGER, c TEXT)");
            sql.update("BEGIN");
            for (long i = 1; i <= 1000; i++) {
                sql.update("INSERT INTO kv VALUES (?, ?, ?)", i, i * 7 % 100, "c" + i);
            }
            sql.update("COMMIT");
            ExecutionControl control = new ExecutionControl(0);
            session.prepare("SELECT id, k, c FROM kv WHERE id = ?");
            for (int round = 0; round < 3; round++) {
                int n = 20_000;
                long plans = Planner.planCount();
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    try (SqlResult r = session.prepare("SELECT id, k, c FROM kv WHERE id = ?")
                            .execute(new Object[] {(long) (i % 1000 + 1)}, control)) {
                        assertTrue(r.next());
                    }
                }
                long hit = (System.nanoTime() - start) / n;
                assertEquals(plans, Planner.planCount(), "cache hits must not plan");
                int m = 500;
                start = System.nanoTime();
                for (int i = 0; i < m; i++) {
                    try (SqlResult r = session.prepare("SELECT id, k, c FROM kv WHERE id = " + (i + 1) + " AND " + round + " >= 0")
                            .execute(new Object[0], control)) {
                        assertTrue(r.next());
                    }
                }
                long miss = (System.nanoTime() - start) / m;
                System.out.printf("point select (prepare + execute): cache hit %.1f us, cache miss %.1f us%n",
                        hit / 1000.0, miss / 1000.0);
            }
        }
    }
}
