package dev.aliendb.sqllogictest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SltParserTest {

    static SltParser.Script parse(String script) throws IOException {
        return new SltParser("sqlite").parse(new BufferedReader(new StringReader(script)));
    }

    @Test
    void readsStatementsQueriesAndExpectedValues() throws IOException {
        SltParser.Script s = parse("""
                # a comment
                hash-threshold 8

                statement ok
                CREATE TABLE t1(a INTEGER,
                  b TEXT)

                statement error
                SELECT nope

                query IT rowsort label-1
                SELECT a, b
                FROM t1
                ----
                1
                x \s

                query R valuesort
                SELECT 1.0
                ----
                3 values hashing to 0123456789abcdef0123456789abcdef

                query I nosort
                SELECT 1
                """);
        List<SltRecord> r = s.records();
        assertEquals(6, r.size());
        assertEquals(new SltRecord.HashThreshold(2, 8), r.get(0));
        assertEquals(new SltRecord.Statement(4, "CREATE TABLE t1(a INTEGER,\n  b TEXT)", false), r.get(1));
        assertEquals(new SltRecord.Statement(8, "SELECT nope", true), r.get(2));
        SltRecord.Query q = (SltRecord.Query) r.get(3);
        assertEquals("SELECT a, b\nFROM t1", q.sql());
        assertEquals("IT", q.types());
        assertEquals(SltRecord.SortMode.ROWSORT, q.sort());
        assertEquals("label-1", q.label());
        assertEquals(new SltRecord.Expected.Values(List.of("1", "x")), q.expected());
        SltRecord.Query hashed = (SltRecord.Query) r.get(4);
        assertEquals(new SltRecord.Expected.Hash(3, "0123456789abcdef0123456789abcdef"), hashed.expected());
        assertEquals(SltRecord.SortMode.VALUESORT, hashed.sort());
        SltRecord.Query unchecked = (SltRecord.Query) r.get(5);
        assertNull(unchecked.expected());
        assertEquals(SltRecord.SortMode.NOSORT, unchecked.sort());
    }

    @Test
    void appliesSkipifAndOnlyifForTheDatabaseName() throws IOException {
        SltParser.Script s = parse("""
                skipif sqlite # not for us
                statement ok
                SELECT 1

                onlyif mysql
                query I nosort
                SELECT 2
                ----
                2

                skipif mysql
                onlyif sqlite
                statement ok
                SELECT 3

                onlyif sqlite
                skipif sqlite
                statement ok
                SELECT 4
                """);
        assertEquals(List.of(new SltRecord.Statement(13, "SELECT 3", false)), s.records());
    }

    @Test
    void haltEndsTheScriptOnlyWhenItApplies() throws IOException {
        SltParser.Script s = parse("""
                onlyif mssql
                halt

                statement ok
                SELECT 1

                skipif mysql
                halt

                statement ok
                SELECT 2
                """);
        assertEquals(List.of(new SltRecord.Statement(4, "SELECT 1", false)), s.records());
    }

    @Test
    void skipsUnknownRecordsAndRemembersWhere() throws IOException {
        SltParser.Script s = parse("""
                loop i 1 3
                whatever

                statement ok
                SELECT 1
                """);
        assertEquals(List.of(1), s.unknown());
        assertInstanceOf(SltRecord.Statement.class, s.records().get(0));
        assertTrue(s.records().size() == 1);
    }
}
