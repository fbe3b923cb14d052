package dev.aliendb.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.sql.parser.ast.AlienAlterTable;
import dev.aliendb.sql.parser.ast.AlienColumnConstraint;
import dev.aliendb.sql.parser.ast.AlienColumnDef;
import dev.aliendb.sql.parser.ast.AlienCreateIndex;
import dev.aliendb.sql.parser.ast.AlienCreateTable;
import dev.aliendb.sql.parser.ast.AlienCreateTrigger;
import dev.aliendb.sql.parser.ast.AlienCreateView;
import dev.aliendb.sql.parser.ast.AlienDrop;
import dev.aliendb.sql.parser.ast.AlienTableConstraint;
import dev.aliendb.sql.parser.ast.ConflictAction;
import dev.aliendb.sql.parser.ast.TypeAffinity;
import java.sql.SQLException;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.junit.jupiter.api.Test;

/** CREATE/DROP/ALTER forms of the SQLite dialect: they parse, keep their parts, and unparse sensibly. */
class AlienParserDdlTest {

  static SqlNode node(String sql) throws SQLException {
    return AlienParser.parse(sql).node();
  }

  static String unparse(SqlNode node) {
    return node.toSqlString(c -> c.withQuoteAllIdentifiers(false).withIndentation(0)).getSql()
        .replaceAll("\\s+", " ").trim();
  }

  @Test
  void createTableWithInlineConstraints() throws SQLException {
    AlienCreateTable t = (AlienCreateTable) node(
        "CREATE TABLE IF NOT EXISTS users(id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(120) NOT NULL UNIQUE,"
            + " age INT DEFAULT 0 CHECK (age >= 0), ts TEXT DEFAULT CURRENT_TIMESTAMP, note COLLATE NOCASE,"
            + " boss INTEGER REFERENCES users(id) ON DELETE SET NULL, raw)");
    assertEquals(SqlKind.CREATE_TABLE, t.getKind());
    assertTrue(t.ifNotExists());
    assertFalse(t.temporary());
    assertEquals("users", t.name().getSimple());
    assertEquals(7, t.columns().size());
    AlienColumnDef id = t.columns().get(0);
    assertEquals("INTEGER", id.declaredType());
    assertEquals(TypeAffinity.INTEGER, id.affinity());
    AlienColumnConstraint pk = id.constraint(AlienColumnConstraint.Kind.PRIMARY_KEY);
    assertTrue(pk.autoincrement());
    assertEquals("VARCHAR(120)", t.columns().get(1).declaredType());
    assertEquals(TypeAffinity.TEXT, t.columns().get(1).affinity());
    assertTrue(t.columns().get(1).constraint(AlienColumnConstraint.Kind.NOT_NULL) != null);
    assertTrue(t.columns().get(1).constraint(AlienColumnConstraint.Kind.UNIQUE) != null);
    assertEquals("0", t.columns().get(2).constraint(AlienColumnConstraint.Kind.DEFAULT).expression().toString());
    assertEquals("`age` >= 0",
        t.columns().get(2).constraint(AlienColumnConstraint.Kind.CHECK).expression().toString());
    assertEquals("NOCASE", t.columns().get(4).constraint(AlienColumnConstraint.Kind.COLLATE).collation());
    assertEquals("", t.columns().get(4).declaredType());
    var fk = t.columns().get(5).constraint(AlienColumnConstraint.Kind.REFERENCES).references();
    assertEquals("users", fk.table().getSimple());
    assertEquals("[ON DELETE SET NULL]", fk.actions().toString());
    assertNull(t.columns().get(6).type());
    assertEquals(TypeAffinity.BLOB, t.columns().get(6).affinity());
    assertTrue(unparse(t).startsWith("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT,"),
        unparse(t));
  }

  @Test
  void typeNamesAreAnyWords() throws SQLException {
    AlienCreateTable t = (AlienCreateTable) node("CREATE TABLE t(a UNSIGNED BIG INT, b DOUBLE PRECISION,"
        + " c DECIMAL(10,2), d NATIONAL VARYING CHARACTER(70), e BLOB, f DATE, g whatever_type, h \"quoted\")");
    assertEquals("UNSIGNED BIG INT", t.columns().get(0).declaredType());
    assertEquals(TypeAffinity.INTEGER, t.columns().get(0).affinity());
    assertEquals(TypeAffinity.REAL, t.columns().get(1).affinity());
    assertEquals("DECIMAL(10,2)", t.columns().get(2).declaredType());
    assertEquals(TypeAffinity.NUMERIC, t.columns().get(2).affinity());
    assertEquals(TypeAffinity.TEXT, t.columns().get(3).affinity());
    assertEquals(TypeAffinity.BLOB, t.columns().get(4).affinity());
    assertEquals(TypeAffinity.NUMERIC, t.columns().get(5).affinity());
    assertEquals("DATE", t.columns().get(5).declaredType());
    assertEquals("whatever_type", t.columns().get(6).declaredType());
  }

  @Test
  void tableConstraints() throws SQLException {
    AlienCreateTable t = (AlienCreateTable) node("CREATE TEMP TABLE t(a, b NOT NULL ON CONFLICT IGNORE, c,"
        + " CONSTRAINT pk PRIMARY KEY (a, b DESC) ON CONFLICT REPLACE, UNIQUE (c COLLATE NOCASE), CHECK (a <> b),"
        + " FOREIGN KEY (c) REFERENCES p(x) ON UPDATE CASCADE MATCH SIMPLE DEFERRABLE INITIALLY DEFERRED)");
    assertTrue(t.temporary());
    assertEquals(ConflictAction.IGNORE,
        t.columns().get(1).constraint(AlienColumnConstraint.Kind.NOT_NULL).onConflict());
    assertEquals(4, t.constraints().size());
    AlienTableConstraint pk = t.constraints().get(0);
    assertEquals(AlienTableConstraint.Kind.PRIMARY_KEY, pk.kind());
    assertEquals("pk", pk.name().getSimple());
    assertEquals(ConflictAction.REPLACE, pk.onConflict());
    assertEquals("b", pk.columns().get(1).columnName());
    assertTrue(pk.columns().get(1).descending());
    assertEquals("NOCASE", t.constraints().get(1).columns().get(0).collation());
    assertEquals(AlienTableConstraint.Kind.CHECK, t.constraints().get(2).kind());
    AlienTableConstraint fk = t.constraints().get(3);
    assertEquals("[ON UPDATE CASCADE, MATCH SIMPLE, DEFERRABLE INITIALLY DEFERRED]",
        fk.references().actions().toString());
    assertTrue(unparse(t).contains("CONSTRAINT pk PRIMARY KEY (a, b DESC) ON CONFLICT REPLACE"), unparse(t));
  }

  @Test
  void createTableAsSelect() throws SQLException {
    AlienCreateTable t = (AlienCreateTable) node("CREATE TABLE t2 AS SELECT a, b FROM t1 WHERE a > 1");
    assertTrue(t.columns().isEmpty());
    assertEquals(SqlKind.SELECT, t.query().getKind());
    assertTrue(unparse(t).startsWith("CREATE TABLE t2 AS SELECT"), unparse(t));
  }

  @Test
  void unsupportedTableFormsAreRejectedClearly() {
    SQLException e = assertThrows(SQLException.class, () -> node("CREATE TABLE t(a INTEGER PRIMARY KEY) WITHOUT ROWID"));
    assertEquals("42000", e.getSQLState());
    assertTrue(e.getMessage().startsWith("WITHOUT ROWID tables are not supported"), e.getMessage());
    e = assertThrows(SQLException.class, () -> node("CREATE TABLE t(a, PRIMARY KEY(a), b)"));
    assertTrue(e.getMessage().startsWith("column definitions must precede table constraints"), e.getMessage());
  }

  @Test
  void createIndex() throws SQLException {
    AlienCreateIndex i = (AlienCreateIndex) node("CREATE UNIQUE INDEX IF NOT EXISTS t1i0 ON t1(a1 DESC, b1 COLLATE NOCASE ASC)");
    assertEquals(SqlKind.CREATE_INDEX, i.getKind());
    assertTrue(i.unique());
    assertTrue(i.ifNotExists());
    assertEquals("t1", i.table().getSimple());
    assertEquals("a1", i.columns().get(0).columnName());
    assertTrue(i.columns().get(0).descending());
    assertEquals("NOCASE", i.columns().get(1).collation());
    assertNull(i.where());
    assertEquals("CREATE UNIQUE INDEX IF NOT EXISTS t1i0 ON t1 (a1 DESC, b1 COLLATE NOCASE)", unparse(i));
    AlienCreateIndex partial = (AlienCreateIndex) node("CREATE INDEX ix ON t(a) WHERE a IS NOT NULL");
    assertEquals(SqlKind.IS_NOT_NULL, partial.where().getKind());
  }

  @Test
  void createView() throws SQLException {
    AlienCreateView v = (AlienCreateView) node("CREATE TEMPORARY VIEW IF NOT EXISTS v(x, y) AS SELECT a, b FROM t");
    assertTrue(v.temporary());
    assertTrue(v.ifNotExists());
    assertEquals(2, v.columnNames().size());
    assertEquals(SqlKind.CREATE_VIEW, v.getKind());
    assertTrue(unparse(v).startsWith("CREATE TEMP VIEW IF NOT EXISTS v (x, y) AS SELECT"), unparse(v));
  }

  @Test
  void createTrigger() throws SQLException {
    AlienCreateTrigger t = (AlienCreateTrigger) node("CREATE TEMP TRIGGER IF NOT EXISTS tr AFTER UPDATE OF a, b ON t1"
        + " FOR EACH ROW WHEN new.a > old.a BEGIN UPDATE t2 SET c = new.a WHERE id = old.id;"
        + " INSERT INTO log VALUES (new.a, CASE WHEN old.a IS NULL THEN 0 ELSE 1 END); END");
    assertTrue(t.temporary());
    assertTrue(t.ifNotExists());
    assertEquals(AlienCreateTrigger.Timing.AFTER, t.timing());
    assertEquals(AlienCreateTrigger.Event.UPDATE, t.event());
    assertEquals(2, t.updateColumns().size());
    assertEquals("t1", t.table().getSimple());
    assertTrue(t.forEachRow());
    assertEquals(SqlKind.GREATER_THAN, t.when().getKind());
    assertEquals(2, t.body().size());
    assertEquals(SqlKind.UPDATE, t.body().get(0).getKind());
    assertTrue(unparse(t).startsWith("CREATE TEMP TRIGGER IF NOT EXISTS tr AFTER UPDATE OF (a, b) ON t1"), unparse(t));
    AlienCreateTrigger plain = (AlienCreateTrigger) node("CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1; END;");
    assertEquals(AlienCreateTrigger.Timing.BEFORE, plain.timing());
    assertEquals(1, plain.body().size());
    assertEquals(AlienCreateTrigger.Timing.INSTEAD_OF,
        ((AlienCreateTrigger) node("CREATE TRIGGER v1 INSTEAD OF DELETE ON v BEGIN DELETE FROM t WHERE id = old.id; END"))
            .timing());
  }

  @Test
  void drops() throws SQLException {
    AlienDrop d = (AlienDrop) node("DROP TABLE IF EXISTS t1");
    assertEquals(AlienDrop.ObjectType.TABLE, d.objectType());
    assertTrue(d.ifExists());
    assertEquals(SqlKind.DROP_TABLE, d.getKind());
    assertEquals("DROP TABLE IF EXISTS t1", unparse(d));
    assertEquals(AlienDrop.ObjectType.INDEX, ((AlienDrop) node("DROP INDEX t1i0")).objectType());
    assertEquals(AlienDrop.ObjectType.VIEW, ((AlienDrop) node("drop view if exists v")).objectType());
    assertEquals(AlienDrop.ObjectType.TRIGGER, ((AlienDrop) node("DROP TRIGGER tr")).objectType());
  }

  @Test
  void alterTable() throws SQLException {
    AlienAlterTable add = (AlienAlterTable) node("ALTER TABLE t ADD COLUMN c TEXT NOT NULL DEFAULT 'x'");
    assertEquals(AlienAlterTable.Action.ADD_COLUMN, add.action());
    assertEquals("c", add.column().name().getSimple());
    assertEquals(SqlKind.ALTER_TABLE, add.getKind());
    AlienAlterTable add2 = (AlienAlterTable) node("ALTER TABLE t ADD d");
    assertEquals("d", add2.column().name().getSimple());
    AlienAlterTable rt = (AlienAlterTable) node("ALTER TABLE t RENAME TO u");
    assertEquals(AlienAlterTable.Action.RENAME_TABLE, rt.action());
    assertEquals("u", rt.newName().getSimple());
    AlienAlterTable rc = (AlienAlterTable) node("ALTER TABLE t RENAME COLUMN a TO b");
    assertEquals(AlienAlterTable.Action.RENAME_COLUMN, rc.action());
    assertEquals("a", rc.oldName().getSimple());
    assertEquals("ALTER TABLE t RENAME COLUMN a TO b", unparse(rc));
    assertEquals(AlienAlterTable.Action.RENAME_COLUMN, ((AlienAlterTable) node("ALTER TABLE t RENAME a TO b")).action());
    assertEquals(AlienAlterTable.Action.DROP_COLUMN, ((AlienAlterTable) node("ALTER TABLE t DROP COLUMN a")).action());
  }

  @Test
  void identifiersKeepTheirCase() throws SQLException {
    AlienCreateTable t = (AlienCreateTable) node("CREATE TABLE MixedCase(\"Quoted Col\" int, [br] text, `bt` real, Value, Key)");
    assertEquals("MixedCase", t.name().getSimple());
    assertEquals("Quoted Col", t.columns().get(0).name().getSimple());
    assertEquals("br", t.columns().get(1).name().getSimple());
    assertEquals("bt", t.columns().get(2).name().getSimple());
    assertEquals("Value", t.columns().get(3).name().getSimple());
    assertEquals("Key", t.columns().get(4).name().getSimple());
  }

  @Test
  void castTargetsUseSqliteTypeNames() throws SQLException {
    SqlNode n = node("SELECT CAST(a AS TEXT), CAST(b AS INTEGER), CAST(c AS REAL), CAST(d AS BLOB), CAST(e AS NUMERIC),"
        + " CAST(f AS VARCHAR(10)) FROM t");
    String s = unparse(n);
    assertTrue(s.contains("CAST(a AS TEXT)") && s.contains("CAST(f AS VARCHAR(10))"), s);
  }

  @Test
  void parsedStatementOfDdlHasNoParameters() throws SQLException {
    ParsedStatement p = AlienParser.parse("CREATE TABLE t1(a INTEGER, b INTEGER, c INTEGER, d INTEGER, e INTEGER);");
    assertInstanceOf(AlienCreateTable.class, p.node());
    assertNull(p.command());
    assertEquals(0, p.parameterCount());
    assertEquals(ParsedStatement.Explain.NONE, p.explain());
  }
}
