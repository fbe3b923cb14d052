package dev.aliendb.sql.plan;

import dev.aliendb.engine.Affinity;
import dev.aliendb.engine.Catalog;
import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableAccess;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.ViewDef;
import dev.aliendb.sql.ColumnInfo;
import dev.aliendb.sql.exec.Cursor;
import dev.aliendb.sql.exec.Errors;
import dev.aliendb.sql.exec.Executable;
import dev.aliendb.sql.exec.Operator;
import dev.aliendb.sql.exec.Outcome;
import dev.aliendb.sql.exec.SessionCommand;
import dev.aliendb.sql.parser.ast.AlienAlterTable;
import dev.aliendb.sql.parser.ast.AlienColumnConstraint;
import dev.aliendb.sql.parser.ast.AlienColumnDef;
import dev.aliendb.sql.parser.ast.AlienCreateIndex;
import dev.aliendb.sql.parser.ast.AlienCreateTable;
import dev.aliendb.sql.parser.ast.AlienCreateView;
import dev.aliendb.sql.parser.ast.AlienDrop;
import dev.aliendb.sql.parser.ast.AlienIndexedColumn;
import dev.aliendb.sql.parser.ast.AlienTableConstraint;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;

/**
 * Translates SQLite DDL parse trees into engine calls. CREATE TABLE follows SQLite: a column declared
 * exactly {@code INTEGER PRIMARY KEY} (inline or as a one-column table PRIMARY KEY, not DESC) aliases the row
 * id; any other PRIMARY KEY and every UNIQUE become unique keys; CHECK and DEFAULT are kept as their
 * source text. CREATE TABLE ... AS SELECT creates the table from the query's labels and types, then
 * inserts the query's rows.
 */
final class DdlPlanner {
    private final SourceText text;
    private final String sql;

    DdlPlanner(String sql) {
        this.sql = sql.strip();
        this.text = new SourceText(sql);
    }

    static boolean isDdl(SqlNode node) {
        return node instanceof AlienCreateTable || node instanceof AlienCreateIndex || node instanceof AlienCreateView
                || node instanceof AlienDrop || node instanceof AlienAlterTable;
    }

    /** Builds the DDL executable; {@code query} plans the query of CREATE TABLE ... AS. */
    Executable build(SqlNode node, Catalog catalog, QueryPlanning query) throws SQLException {
        if (node instanceof AlienCreateTable create) {
            return create.query() != null ? createTableAs(create, query) : createTable(create);
        }
        if (node instanceof AlienCreateIndex index) {
            return createIndex(index, catalog);
        }
        if (node instanceof AlienCreateView view) {
            ViewDef def = new ViewDef(name(view.name()), sql);
            boolean ifNotExists = view.ifNotExists();
            return new SessionCommand("CREATE VIEW " + def.name(), true, true, ctx -> {
                ctx.session().createView(def, ifNotExists);
                return Outcome.NONE;
            });
        }
        if (node instanceof AlienDrop drop) {
            return drop(drop);
        }
        return alter((AlienAlterTable) node);
    }

    /** Plans a query for CREATE TABLE ... AS. */
    interface QueryPlanning {
        PlannedQuery plan(SqlNode query) throws SQLException;
    }

    /** A planned query with its result columns. */
    record PlannedQuery(Operator root, List<ColumnInfo> columns) {
    }

    private Executable createTable(AlienCreateTable create) throws SQLException {
        String table = name(create.name());
        List<ColumnDef> columns = new ArrayList<>();
        List<List<Integer>> uniqueKeys = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        int rowId = -1;
        for (AlienColumnDef c : create.columns()) {
            int index = columns.size();
            AlienColumnConstraint pk = c.constraint(AlienColumnConstraint.Kind.PRIMARY_KEY);
            AlienColumnConstraint def = c.constraint(AlienColumnConstraint.Kind.DEFAULT);
            String declared = c.declaredType();
            columns.add(new ColumnDef(c.name().getSimple(), declared, Affinity.valueOf(c.affinity().name()),
                    c.constraint(AlienColumnConstraint.Kind.NOT_NULL) != null,
                    def == null ? null : text.of(def.expression()), pk != null, pk != null && pk.autoincrement()));
            if (pk != null) {
                if (rowId < 0 && declared.equalsIgnoreCase("INTEGER") && !pk.descending()) {
                    rowId = index;
                } else {
                    uniqueKeys.add(List.of(index));
                }
            }
            for (AlienColumnConstraint k : c.constraints()) {
                if (k.kind() == AlienColumnConstraint.Kind.UNIQUE) {
                    uniqueKeys.add(List.of(index));
                } else if (k.kind() == AlienColumnConstraint.Kind.CHECK) {
                    checks.add(text.of(k.expression()));
                }
            }
        }
        for (AlienTableConstraint k : create.constraints()) {
            switch (k.kind()) {
                case PRIMARY_KEY, UNIQUE -> {
                    List<Integer> key = new ArrayList<>();
                    for (AlienIndexedColumn col : k.columns()) {
                        key.add(columnIndex(columns, col.columnName(), table));
                    }
                    int only = key.size() == 1 ? key.get(0) : -1;
                    if (k.kind() == AlienTableConstraint.Kind.PRIMARY_KEY && only >= 0 && rowId < 0
                            && columns.get(only).declaredType().equalsIgnoreCase("INTEGER")
                            && !k.columns().get(0).descending()) {
                        rowId = only;
                        ColumnDef c = columns.get(only);
                        columns.set(only, new ColumnDef(c.name(), c.declaredType(), c.affinity(), c.notNull(),
                                c.defaultSql(), true, c.autoIncrement()));
                    } else {
                        uniqueKeys.add(key);
                    }
                }
                case CHECK -> checks.add(text.of(k.check()));
                default -> {
                    // FOREIGN KEY: parsed and accepted, not enforced (SQLite's default: foreign_keys=OFF)
                }
            }
        }
        TableDef def = new TableDef(table, columns, rowId, uniqueKeys, checks, sql, 0);
        boolean ifNotExists = create.ifNotExists();
        return new SessionCommand("CREATE TABLE " + table, true, true, ctx -> {
            if (!(ifNotExists && ctx.session().catalog().table(table) != null)) {
                ctx.session().createTable(def);
            }
            return Outcome.NONE;
        });
    }

    private Executable createTableAs(AlienCreateTable create, QueryPlanning planning) throws SQLException {
        String table = name(create.name());
        PlannedQuery query = planning.plan(create.query());
        List<ColumnDef> columns = new ArrayList<>();
        for (ColumnInfo c : query.columns()) {
            String declared = switch (c.typeName()) {
                case "INTEGER" -> "INT";
                case "REAL" -> "REAL";
                case "TEXT" -> "TEXT";
                case "NUMERIC" -> "NUM";
                default -> "";
            };
            Affinity affinity = switch (declared) {
                case "INT" -> Affinity.INTEGER;
                case "REAL" -> Affinity.REAL;
                case "TEXT" -> Affinity.TEXT;
                case "NUM" -> Affinity.NUMERIC;
                default -> Affinity.BLOB;
            };
            columns.add(new ColumnDef(c.label(), declared, affinity, false, null, false, false));
        }
        TableDef def = new TableDef(table, columns, -1, List.of(), List.of(), sql, 0);
        boolean ifNotExists = create.ifNotExists();
        return new SessionCommand("CREATE TABLE " + table + " AS\n" + Executable.explain(query.root()).indent(2).stripTrailing(),
                true, true, ctx -> {
                    if (ifNotExists && ctx.session().catalog().table(table) != null) {
                        return Outcome.NONE;
                    }
                    ctx.session().createTable(def);
                    TableAccess access = ctx.session().table(table);
                    long n = 0;
                    try (Cursor c = query.root().open(ctx)) {
                        for (Object[] row = c.next(); row != null; row = c.next()) {
                            ctx.tick();
                            access.insert(row, ConflictAction.ABORT);
                            n++;
                        }
                    }
                    return Outcome.count(n);
                });
    }

    private Executable createIndex(AlienCreateIndex index, Catalog catalog) throws SQLException {
        String table = name(index.table());
        TableDef def = catalog.table(table);
        if (def == null) {
            throw new SQLException("no such table: " + table, "42S02");
        }
        if (index.where() != null) {
            throw Errors.unsupported("partial index (CREATE INDEX ... WHERE)");
        }
        List<Integer> columns = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        for (AlienIndexedColumn c : index.columns()) {
            if (c.columnName() == null) {
                throw Errors.unsupported("index on an expression");
            }
            columns.add(columnIndex(def.columns(), c.columnName(), table));
            descending.add(c.descending());
        }
        IndexDef idx = new IndexDef(name(index.name()), def.name(), columns, descending, index.unique(), sql, 0);
        boolean ifNotExists = index.ifNotExists();
        return new SessionCommand("CREATE INDEX " + idx.name(), true, true, ctx -> {
            ctx.session().createIndex(idx, ifNotExists);
            return Outcome.NONE;
        });
    }

    private Executable drop(AlienDrop drop) throws SQLException {
        String name = name(drop.name());
        boolean ifExists = drop.ifExists();
        return switch (drop.objectType()) {
            case TABLE -> new SessionCommand("DROP TABLE " + name, true, true, ctx -> {
                ctx.session().dropTable(name, ifExists);
                return Outcome.NONE;
            });
            case VIEW -> new SessionCommand("DROP VIEW " + name, true, true, ctx -> {
                ctx.session().dropView(name, ifExists);
                return Outcome.NONE;
            });
            case INDEX -> new SessionCommand("DROP INDEX " + name, true, true, ctx -> {
                ctx.session().dropIndex(name, ifExists);
                return Outcome.NONE;
            });
            default -> throw Errors.unsupported("DROP " + drop.objectType());
        };
    }

    private Executable alter(AlienAlterTable alter) throws SQLException {
        String table = name(alter.table());
        switch (alter.action()) {
            case ADD_COLUMN: {
                AlienColumnDef c = alter.column();
                AlienColumnConstraint def = c.constraint(AlienColumnConstraint.Kind.DEFAULT);
                ColumnDef column = new ColumnDef(c.name().getSimple(), c.declaredType(),
                        Affinity.valueOf(c.affinity().name()), c.constraint(AlienColumnConstraint.Kind.NOT_NULL) != null,
                        def == null ? null : text.of(def.expression()), false, false);
                return new SessionCommand("ALTER TABLE " + table + " ADD COLUMN " + column.name(), true, true, ctx -> {
                    ctx.session().addColumn(table, column);
                    return Outcome.NONE;
                });
            }
            case RENAME_TABLE: {
                String newName = name(alter.newName());
                return new SessionCommand("ALTER TABLE " + table + " RENAME TO " + newName, true, true, ctx -> {
                    ctx.session().renameTable(table, newName);
                    return Outcome.NONE;
                });
            }
            default:
                throw Errors.unsupported("ALTER TABLE " + alter.action());
        }
    }

    private static int columnIndex(List<ColumnDef> columns, String name, String table) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new SQLException("no such column: " + name + " in table " + table, "42S22");
    }

    /** The object name (last part of a possibly schema-qualified identifier). */
    static String name(SqlIdentifier id) {
        return id.names.get(id.names.size() - 1);
    }
}
