package dev.aliendb.engine.core;

import static dev.aliendb.engine.core.Fixtures.col;
import static dev.aliendb.engine.core.Fixtures.drain;
import static dev.aliendb.engine.core.Fixtures.insert;
import static dev.aliendb.engine.core.Fixtures.rowId;
import static dev.aliendb.engine.core.Fixtures.scan;
import static dev.aliendb.engine.core.Fixtures.statement;
import static dev.aliendb.engine.core.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.aliendb.engine.Database;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session reuses a table's access while the catalog is unchanged, and never past a schema change. */
class TableAccessReuseTest {
    @Test
    void reusedWithinOneCatalogAndRebuiltAfterDdl() throws Exception {
        Database db = Fixtures.memory();
        try (Session s = db.openSession()) {
            s.createTable(table("t", 0, List.of(), rowId("id", false), col("v", "TEXT")));
            TableAccess first = s.table("t");
            assertSame(first, s.table("t"));
            insert(s, "t", 1L, "a");
            s.createIndex(new IndexDef("by_v", "t", List.of(1), List.of(false), false,
                    "CREATE INDEX by_v ON t(v)", 0), false);
            TableAccess after = s.table("t");
            assertNotSame(first, after);
            insert(s, "t", 2L, "b");
            List<List<Object>> viaIndex = statement(s, false,
                    () -> drain(s.table("t").indexRange("by_v", new Object[] {"b"}, true, new Object[] {"b"}, true)));
            assertEquals(1, viaIndex.size());
        }
    }

    @Test
    void reusedAccessSeesEachTransactionsView() throws Exception {
        Database db = Fixtures.memory();
        try (Session s = db.openSession()) {
            s.createTable(table("t", 0, List.of(), rowId("id", false), col("v", "TEXT")));
            insert(s, "t", 1L, "kept");
            s.begin();
            insert(s, "t", 2L, "undone");
            assertEquals(2, scan(s, "t").size());
            s.rollback();
            assertEquals(List.of(List.of(1L, "kept")), scan(s, "t"));
            insert(s, "t", 3L, "later");
            assertEquals(2, scan(s, "t").size());
        }
    }
}
