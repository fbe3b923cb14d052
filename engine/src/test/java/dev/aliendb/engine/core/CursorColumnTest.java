package dev.aliendb.engine.core;

import static dev.aliendb.engine.core.Fixtures.col;
import static dev.aliendb.engine.core.Fixtures.insert;
import static dev.aliendb.engine.core.Fixtures.rowId;
import static dev.aliendb.engine.core.Fixtures.statement;
import static dev.aliendb.engine.core.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aliendb.engine.Database;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.RowCursor;
import dev.aliendb.engine.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single-column reads of engine cursors: the row-id alias comes from the key, rows are fresh arrays. */
class CursorColumnTest {
    @Test
    void columnsOfScansAndIndexRangesMatchTheirRows() throws Exception {
        Database db = Fixtures.memory();
        try (Session s = db.openSession()) {
            s.createTable(table("t", 1, List.of(), col("v", "TEXT"), rowId("id", false), col("w", "INTEGER")));
            s.createIndex(new IndexDef("by_v", "t", List.of(0), List.of(false), false, "CREATE INDEX by_v ON t(v)", 0), false);
            insert(s, "t", "a", 7L, 70L);
            insert(s, "t", "bb", 3L, null);
            statement(s, false, () -> {
                try (RowCursor scan = s.table("t").scan();
                        RowCursor byV = s.table("t").indexRange("by_v", new Object[] {"a"}, true, null, false);
                        RowCursor byId = s.table("t").rowIdRange(3L, true, 7L, false)) {
                    for (RowCursor c : List.of(scan, byV, byId)) {
                        assertThrows(EngineException.class, () -> c.column(1), "before the first row");
                        int rows = 0;
                        while (c.next()) {
                            rows++;
                            Object[] row = c.row();
                            assertEquals(c.rowId(), c.column(1));
                            assertArrayEquals(row, new Object[] {c.column(0), c.column(1), c.column(2)});
                            assertNotSame(row, c.row());
                        }
                        assertEquals(c == byId ? 1 : 2, rows);
                        EngineException after = assertThrows(EngineException.class, () -> c.column(1));
                        assertEquals("24000", after.sqlState());
                    }
                }
                return null;
            });
        }
    }
}
