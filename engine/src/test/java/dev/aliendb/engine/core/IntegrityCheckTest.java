package dev.aliendb.engine.core;

import static dev.aliendb.engine.core.Fixtures.col;
import static dev.aliendb.engine.core.Fixtures.insert;
import static dev.aliendb.engine.core.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.record.KeyCodec;
import dev.aliendb.storage.WriteTxn;
import dev.aliendb.storage.btree.BTrees;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PRAGMA integrity_check: a sound database reports nothing; rows missing from an index are found. */
class IntegrityCheckTest {

    private static Session populated() throws Exception {
        Session s = Fixtures.memory().openSession();
        s.createTable(table("t", -1, List.of(List.of(0)), col("k", "TEXT"), col("v", "INTEGER")));
        s.createIndex(new IndexDef("t_v", "t", List.of(1), List.of(false), false, "CREATE INDEX t_v ON t(v)", 0), false);
        for (long i = 0; i < 300; i++) {
            insert(s, "t", "key" + i, i % 7);
        }
        return s;
    }

    @Test
    void soundDatabaseHasNoProblems() throws Exception {
        try (Session s = populated()) {
            assertEquals(List.of(), s.database().integrityCheck());
        }
    }

    @Test
    void aDamagedRecordIsMalformedNotACrash() throws Exception {
        try (Session s = populated()) {
            TableDef t = s.catalog().table("t");
            try (WriteTxn w = s.database().store().beginWrite()) {
                BTrees.openTable(w.pages(), t.rootPage()).put(3, new byte[] {2, 0x7F, 0x10, 1});
                w.commit();
            }
            EngineException e = assertThrows(EngineException.class, () -> Fixtures.scan(s, "t"));
            assertEquals("XX001", e.sqlState());
            assertTrue(e.getMessage().startsWith("database disk image is malformed"), e.getMessage());
            List<String> problems = s.database().integrityCheck();
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("row 3 of table t: database disk image is malformed")),
                    problems.toString());
        }
    }

    @Test
    void aRowMissingFromAnIndexIsReported() throws Exception {
        try (Session s = populated()) {
            IndexDef index = s.catalog().index("t_v");
            TableDef t = s.catalog().table("t");
            try (WriteTxn w = s.database().store().beginWrite()) {
                BTrees.openIndex(w.pages(), index.rootPage()).delete(KeyCodec.key(new Object[] {5L}, index.descending(), 6));
                w.commit();
            }
            List<String> problems = s.database().integrityCheck();
            assertTrue(problems.contains("row 6 missing from index t_v"), problems.toString());
            assertTrue(problems.contains("wrong # of entries in index t_v: 299 for 300 rows of table " + t.name()),
                    problems.toString());
        }
    }
}
