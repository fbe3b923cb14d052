package dev.aliendb.sqllogictest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Drives the runner through SQLite with scripts whose right and wrong expectations are known. */
class FileRunnerTest {

    private static FileResult run(String script, int statementSeconds) throws Exception {
        return run(script, statementSeconds, 0);
    }

    private static FileResult run(String script, int statementSeconds, int maxRecords) throws Exception {
        FileResult result = new FileResult("inline.test");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Watchdog w = new Watchdog()) {
            FileResult.Status status = new FileRunner(c, w, statementSeconds, result).run(
                    SltParserTest.parse(script).records(), System.nanoTime() + TimeUnit.SECONDS.toNanos(30), maxRecords);
            result.end(status, 0);
        }
        return result;
    }

    @Test
    void aRecordCapStopsTheFileAfterThatManyStatementsAndQueries() throws Exception {
        String script = """
                hash-threshold 8

                statement ok
                CREATE TABLE t(a INTEGER)

                statement ok
                INSERT INTO t VALUES (1)

                query I nosort
                SELECT a FROM t
                ----
                1
                """;
        FileResult capped = run(script, 10, 2);
        assertEquals(FileResult.Status.CAPPED, capped.status());
        assertEquals(2, capped.passed());
        FileResult whole = run(script, 10, 3);
        assertEquals(FileResult.Status.COMPLETED, whole.status());
        assertEquals(3, whole.passed());
    }

    @Test
    void rightExpectationsPass() throws Exception {
        FileResult r = run("""
                statement ok
                CREATE TABLE t(a INTEGER, b TEXT, c REAL)

                statement ok
                INSERT INTO t VALUES (2, 'x', 1.5), (1, '', NULL), (3, 'tab\there', 2.25)

                statement error
                SELECT * FROM missing

                query ITR rowsort
                SELECT a, b, c FROM t
                ----
                1
                (empty)
                NULL
                2
                x
                1.500
                3
                tab@here
                2.250

                query I valuesort label-a
                SELECT a FROM t
                ----
                3 values hashing to c0710d6b4f15dfa88f600b0e6b624077

                query I valuesort label-a
                SELECT a FROM t ORDER BY a DESC
                ----
                3 values hashing to c0710d6b4f15dfa88f600b0e6b624077
                """, 10);
        assertEquals(List.of(), r.failures());
        assertEquals(6, r.passed());
        assertEquals(3, r.queries());
    }

    @Test
    void eachKindOfWrongExpectationFailsAndTheFileGoesOn() throws Exception {
        FileResult r = run("""
                statement ok
                CREATE TABLE t(a INTEGER)

                statement ok
                SELECT * FROM missing

                statement error
                INSERT INTO t VALUES (1)

                query I nosort
                SELECT a + 1 FROM t
                ----
                3

                query I nosort label-b
                SELECT a FROM t
                ----
                1

                query I nosort label-b
                SELECT a + 5 FROM t
                ----
                6

                query II nosort
                SELECT a FROM t
                ----
                1

                query I nosort
                SELECT a FROM t
                ----
                1 values hashing to 00000000000000000000000000000000

                query I nosort
                SELECT a FROM t
                ----
                1
                """, 10);
        assertEquals(List.of(4, 7, 10, 20, 25, 30), r.failures().stream().map(Failure::line).toList());
        assertEquals(List.of("[SQLITE_ERROR] SQL error or missing database (no such table: missing)",
                        "statement succeeded but an error was expected"),
                r.failures().subList(0, 2).stream().map(Failure::cause).toList());
        r.failures().subList(2, 6).forEach(f -> assertEquals(Failure.WRONG_RESULT, f.cause()));
        assertEquals(3, r.passed());
    }

    @Test
    void aStatementPastItsLimitIsCancelledAsTimeout() throws Exception {
        long start = System.nanoTime();
        FileResult r = run("""
                query I nosort
                WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c

                query I nosort
                SELECT 7
                ----
                7
                """, 1);
        assertEquals(List.of(Failure.TIMEOUT), r.failures().stream().map(Failure::cause).toList());
        assertEquals(1, r.passed());
        assertEquals(true, System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
    }
}
