package dev.aliendb.engine.core;

import static dev.aliendb.engine.core.Fixtures.col;
import static dev.aliendb.engine.core.Fixtures.rowId;
import static dev.aliendb.engine.core.Fixtures.statement;
import static dev.aliendb.engine.core.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.Database;
import dev.aliendb.engine.Databases;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.RowCursor;
import dev.aliendb.engine.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Bank transfers from several threads (each its own session, retrying on 40001) while readers sum the
 * balances: every snapshot a reader sees has the same total, and no committed transfer is lost.
 */
class ConcurrencyTest {
    private static final int ACCOUNTS = 20;
    private static final long INITIAL = 1000;

    @Test
    void transfersKeepTheTotalUnderSnapshotIsolation() throws Exception {
        Database db = Databases.open("mem:bank", Map.of("busy_timeout", "5000"));
        Session setup = db.openSession();
        setup.createTable(table("acct", 0, List.of(), rowId("id", false), col("balance", "INTEGER")));
        setup.begin();
        statement(setup, true, () -> {
            for (long i = 1; i <= ACCOUNTS; i++) {
                setup.table("acct").insert(new Object[] {i, INITIAL}, ConflictAction.ABORT);
            }
            return null;
        });
        setup.commit();
        AtomicInteger committed = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int seed = w;
            work.add(pool.submit(() -> transfers(db, seed, committed, conflicts)));
        }
        work.add(pool.submit(() -> {
            try (Session reader = db.openSession()) {
                for (int i = 0; i < 100; i++) {
                    reader.begin();
                    assertEquals(ACCOUNTS * INITIAL, total(reader));
                    assertEquals(ACCOUNTS * INITIAL, total(reader));
                    reader.commit();
                }
            }
            return null;
        }));
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        assertEquals(ACCOUNTS * INITIAL, total(setup));
        assertEquals(3 * 100, committed.get());
        assertTrue(db.integrityCheck().isEmpty());
        setup.close();
    }

    private static Void transfers(Database db, int seed, AtomicInteger committed, AtomicInteger conflicts) throws EngineException {
        Random random = new Random(seed);
        try (Session s = db.openSession()) {
            for (int done = 0; done < 100; ) {
                long from = 1 + random.nextInt(ACCOUNTS);
                long to = 1 + random.nextInt(ACCOUNTS);
                long amount = random.nextInt(50);
                s.begin();
                try {
                    long fromBalance = balance(s, from);
                    statement(s, true, () -> {
                        s.table("acct").update(from, new Object[] {from, fromBalance - amount}, ConflictAction.ABORT);
                        Object[] target = s.table("acct").get(to);
                        s.table("acct").update(to, new Object[] {to, (Long) target[1] + amount}, ConflictAction.ABORT);
                        return null;
                    });
                    s.commit();
                    committed.incrementAndGet();
                    done++;
                } catch (EngineException e) {
                    assertEquals("40001", e.sqlState(), e.getMessage());
                    conflicts.incrementAndGet();
                    if (s.inTransaction()) {
                        s.rollback();
                    }
                }
            }
        }
        return null;
    }

    private static long balance(Session s, long id) throws EngineException {
        return statement(s, false, () -> (Long) s.table("acct").get(id)[1]);
    }

    private static long total(Session s) throws EngineException {
        return statement(s, false, () -> {
            long sum = 0;
            try (RowCursor c = s.table("acct").scan()) {
                while (c.next()) {
                    sum += (Long) c.column(1);
                }
            }
            return sum;
        });
    }
}
