package dev.aliendb.engine.core;

import static dev.aliendb.engine.core.Fixtures.col;
import static dev.aliendb.engine.core.Fixtures.insert;
import static dev.aliendb.engine.core.Fixtures.rowId;
import static dev.aliendb.engine.core.Fixtures.scan;
import static dev.aliendb.engine.core.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.engine.Affinity;
import dev.aliendb.engine.Catalog;
import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.Databases;
import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.ViewDef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog lives in the file: definitions, versions, ALTERs and drops survive closing and reopening. */
class CatalogPersistenceTest {
    @TempDir
    Path dir;

    private Session open() throws EngineException {
        return Databases.open(dir.resolve("cat.db").toString(), Map.of()).openSession();
    }

    @Test
    void definitionsSurviveReopen() throws Exception {
        TableDef created = new TableDef("Orders",
                List.of(rowId("id", true), col("customer", "VARCHAR(40)"),
                        new ColumnDef("amount", "DECIMAL(10,2)", Affinity.NUMERIC, true, "0", false, false)),
                0, List.of(List.of(1, 2)), List.of("amount >= 0"), "CREATE TABLE Orders(...)", 0);
        long version;
        try (Session s = open()) {
            s.createTable(created);
            s.createIndex(new IndexDef("by_amount", "orders", List.of(2, 1), List.of(true, false), false,
                    "CREATE INDEX by_amount ON orders(amount DESC, customer)", 0), false);
            s.createView(new ViewDef("big", "CREATE VIEW big AS SELECT * FROM orders WHERE amount > 100"), false);
            version = s.catalog().version();
        }
        try (Session s = open()) {
            Catalog c = s.catalog();
            assertEquals(version, c.version());
            TableDef t = c.table("ORDERS");
            assertEquals(created.columns(), t.columns());
            assertEquals(created.uniqueKeys(), t.uniqueKeys());
            assertEquals(created.checks(), t.checks());
            assertEquals(0, t.rowIdColumn());
            assertTrue(t.rootPage() > 0);
            IndexDef auto = c.index("sqlite_autoindex_Orders_1");
            assertEquals(List.of(1, 2), auto.columns());
            assertTrue(auto.unique());
            assertNull(auto.sql());
            assertEquals(List.of(true, false), c.index("BY_AMOUNT").descending());
            assertEquals(2, c.indexesOf("orders").size());
            assertEquals("CREATE VIEW big AS SELECT * FROM orders WHERE amount > 100", c.view("Big").sql());
            assertEquals(List.of(), s.database().integrityCheck());
        }
    }

    @Test
    void everyDdlBumpsTheVersionAndCatalogsAreCachedPerVersion() throws Exception {
        try (Session s = open()) {
            Catalog before = s.catalog();
            assertSame(before, s.catalog());
            s.createTable(table("a", -1, List.of(), col("x", "")));
            Catalog after = s.catalog();
            assertTrue(after.version() > before.version());
            assertNull(before.table("a"), "snapshots are immutable");
            s.dropTable("a", false);
            assertTrue(s.catalog().version() > after.version());
            s.dropTable("a", true);
            assertEquals("42S02", assertThrows(EngineException.class, () -> s.dropTable("a", false)).sqlState());
        }
    }

    @Test
    void nameClashesAndUnknownObjectsUseSqliteMessages() throws Exception {
        try (Session s = open()) {
            s.createTable(table("a", -1, List.of(), col("x", "")));
            EngineException exists = assertThrows(EngineException.class, () -> s.createTable(table("A", -1, List.of(), col("y", ""))));
            assertEquals("42S01", exists.sqlState());
            assertEquals("table A already exists", exists.getMessage());
            EngineException index = assertThrows(EngineException.class, () -> s.dropIndex("nope", false));
            assertEquals("42S12", index.sqlState());
            assertEquals("no such index: nope", index.getMessage());
            assertEquals("42S02", assertThrows(EngineException.class, () -> s.table("nope")).sqlState());
            assertEquals("no such table: nope", assertThrows(EngineException.class, () -> s.table("nope")).getMessage());
            assertEquals("42S02", assertThrows(EngineException.class, () -> s.table(null)).sqlState());
            assertEquals("42S02", assertThrows(EngineException.class, () -> s.dropTable(null, false)).sqlState());
            assertEquals("42000", assertThrows(EngineException.class, () -> s.createIndex(
                    new IndexDef(null, "a", List.of(0), null, false, null, 0), true)).sqlState());
            assertEquals("42000", assertThrows(EngineException.class,
                    () -> s.createTable(new TableDef("n", null, -1, null, null, null, 0))).sqlState());
            assertEquals("42000", assertThrows(EngineException.class, () -> s.addColumn("a", null)).sqlState());
            assertEquals("42000", assertThrows(EngineException.class, () -> s.renameTable("a", null)).sqlState());
            assertEquals("42000", assertThrows(EngineException.class, () -> s.createView(null, false)).sqlState());
            assertEquals("42S21", assertThrows(EngineException.class,
                    () -> s.createTable(table("b", -1, List.of(), col("x", ""), col("X", ""))) ).sqlState());
        }
    }

    @Test
    void addColumnGivesOldRowsTheDefaultAndRenameMovesEverything() throws Exception {
        try (Session s = open()) {
            s.createTable(new TableDef("t", List.of(rowId("id", true), col("a", "TEXT")), 0, List.of(List.of(1)), List.of(),
                    "CREATE TABLE t(id INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT UNIQUE)", 0));
            insert(s, "t", null, "x");
            s.addColumn("t", new ColumnDef("score", "INTEGER", Affinity.INTEGER, true, "'7'", false, false));
            assertEquals("42000", assertThrows(EngineException.class, () -> s.addColumn("t",
                    new ColumnDef("at", "TEXT", Affinity.TEXT, false, "CURRENT_TIMESTAMP", false, false))).sqlState());
            insert(s, "t", null, "y", 9L);
            s.renameTable("t", "renamed");
        }
        try (Session s = open()) {
            assertNull(s.catalog().table("t"));
            TableDef t = s.catalog().table("renamed");
            assertEquals("CREATE TABLE renamed(id INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT UNIQUE, score INTEGER NOT NULL DEFAULT '7')",
                    t.sql());
            assertNotNull(s.catalog().index("sqlite_autoindex_renamed_1"));
            assertEquals(List.of(List.of(1L, "x", 7L), List.of(2L, "y", 9L)), scan(s, "renamed"));
            List<Object> firstColumns = Fixtures.statement(s, false, () -> {
                try (dev.aliendb.engine.RowCursor c = s.table("renamed").indexRange("sqlite_autoindex_renamed_1",
                        new Object[] {"x"}, true, new Object[] {"x"}, true)) {
                    c.next();
                    return List.of(c.column(2), c.column(0), c.column(1));
                }
            });
            assertEquals(List.of(7L, 1L, "x"), firstColumns);
            assertEquals(3, insert(s, "renamed", null, "z", 1L));
            assertEquals(List.of(), s.database().integrityCheck());
        }
    }
}
