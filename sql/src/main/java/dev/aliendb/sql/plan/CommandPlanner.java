package dev.aliendb.sql.plan;

import dev.aliendb.engine.ColumnDef;
import dev.aliendb.engine.Database;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.sql.ColumnInfo;
import dev.aliendb.sql.command.Command;
import dev.aliendb.sql.exec.Errors;
import dev.aliendb.sql.exec.ExecContext;
import dev.aliendb.sql.exec.Executable;
import dev.aliendb.sql.exec.Outcome;
import dev.aliendb.sql.exec.SessionCommand;
import dev.aliendb.storage.CheckpointResult;
import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.Store;
import dev.aliendb.storage.StoreStats;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.WalCheckpoint;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Transaction control and PRAGMAs, executed directly on the engine session, database and store. They do
 * not run inside the engine's statement protocol (they manage the transaction themselves or only read
 * settings). Unknown PRAGMAs return no rows, as in SQLite. CHECKPOINT [mode] is PRAGMA wal_checkpoint with
 * FULL as the default mode. VACUUM, ANALYZE and REINDEX are accepted and do nothing: the engine offers no
 * such operation yet (REINDEX of a name that is no table, index or collation fails, as in SQLite).
 */
final class CommandPlanner {
    /** A planned command: what it does and the columns of the rows it returns. */
    record Planned(Executable executable, List<ColumnInfo> columns) {
    }

    private CommandPlanner() {
    }

    static Planned plan(Command command) throws SQLException {
        if (command instanceof Command.Begin) {
            return none("BEGIN", ctx -> ctx.session().begin());
        }
        if (command instanceof Command.Commit) {
            return none("COMMIT", ctx -> ctx.session().commit());
        }
        if (command instanceof Command.Rollback r) {
            return r.savepoint() == null ? none("ROLLBACK", ctx -> ctx.session().rollback())
                    : none("ROLLBACK TO " + r.savepoint(), ctx -> ctx.session().rollbackToSavepoint(r.savepoint()));
        }
        if (command instanceof Command.Savepoint s) {
            return none("SAVEPOINT " + s.name(), ctx -> ctx.session().savepoint(s.name()));
        }
        if (command instanceof Command.Release r) {
            return none("RELEASE " + r.name(), ctx -> ctx.session().releaseSavepoint(r.name()));
        }
        if (command instanceof Command.Pragma p) {
            return pragma(p.name().toLowerCase(Locale.ROOT), p.value());
        }
        if (command instanceof Command.Checkpoint c) {
            return walCheckpoint(c.mode() == null ? "FULL" : c.mode());
        }
        if (command instanceof Command.Reindex r && r.target() != null) {
            return none("REINDEX", ctx -> requireReindexTarget(ctx, r.target()));
        }
        if (command instanceof Command.Vacuum || command instanceof Command.Analyze || command instanceof Command.Reindex) {
            return none(command.getClass().getSimpleName().toUpperCase(Locale.ROOT), ctx -> { });
        }
        throw Errors.unsupported(command.getClass().getSimpleName().toUpperCase(Locale.ROOT));
    }

    /** REINDEX name: the name must be a table, an index or a built-in collation (as in SQLite). */
    private static void requireReindexTarget(ExecContext ctx, String target) throws SQLException,
            dev.aliendb.engine.EngineException {
        String name = target.substring(target.lastIndexOf('.') + 1);
        boolean collation = List.of("BINARY", "NOCASE", "RTRIM").contains(name.toUpperCase(Locale.ROOT));
        dev.aliendb.engine.Catalog catalog = ctx.session().catalog();
        if (!collation && catalog.table(name) == null && catalog.index(name) == null) {
            throw new SQLException("unable to identify the object to be reindexed: " + target, "42S02");
        }
    }

    private interface Effect {
        void run(ExecContext ctx) throws SQLException, dev.aliendb.engine.EngineException;
    }

    private interface Rows {
        List<Object[]> run(ExecContext ctx) throws SQLException, dev.aliendb.engine.EngineException, StorageException;
    }

    private static Planned none(String text, Effect effect) {
        return new Planned(new SessionCommand(text, false, false, ctx -> {
            effect.run(ctx);
            return Outcome.NONE;
        }), List.of());
    }

    private static Planned rows(String text, List<String> labels, Rows rows) {
        List<ColumnInfo> columns = new ArrayList<>();
        for (String label : labels) {
            columns.add(new ColumnInfo(label, label, "", Types.OTHER, "", ResultSetMetaData.columnNullableUnknown));
        }
        return new Planned(new SessionCommand("PRAGMA " + text, false, false, ctx -> {
            try {
                return Outcome.rows(rows.run(ctx));
            } catch (StorageException e) {
                throw new SQLException(e.getMessage(), e.sqlState(), e);
            }
        }), columns);
    }

    private static Object[] row(Object... values) {
        return values;
    }

    /** A result of exactly one row. */
    private static List<Object[]> one(Object... values) {
        List<Object[]> rows = new ArrayList<>(1);
        rows.add(values);
        return rows;
    }

    private static Planned pragma(String name, String value) throws SQLException {
        switch (name) {
            case "journal_mode":
                return rows(name, List.of("journal_mode"), ctx -> {
                    Store store = ctx.session().database().store();
                    if (value != null) {
                        store.setJournalMode(enumValue(JournalMode.class, value, name));
                    }
                    return one(store.stats().journalMode().name().toLowerCase(Locale.ROOT));
                });
            case "synchronous":
                return rows(name, List.of("synchronous"), ctx -> {
                    Store store = ctx.session().database().store();
                    if (value != null) {
                        store.setSyncMode(syncMode(value));
                        return List.of();
                    }
                    return one((long) store.stats().syncMode().ordinal());
                });
            case "cache_size":
                return rows(name, List.of("cache_size"), ctx -> {
                    Store store = ctx.session().database().store();
                    if (value != null) {
                        long n = integer(value, name);
                        long pages = n >= 0 ? n : -n * 1024 / store.stats().pageSize();
                        store.setCacheSizePages((int) Math.max(1, Math.min(Integer.MAX_VALUE, pages)));
                        return List.of();
                    }
                    return one((long) store.stats().cacheSizePages());
                });
            case "page_size":
                return rows(name, List.of("page_size"), ctx -> one((long) ctx.session().database().store().stats().pageSize()));
            case "page_count":
                return rows(name, List.of("page_count"), ctx -> one((long) ctx.session().database().store().stats().pageCount()));
            case "cache_stats":
                return rows(name, List.of("cache_hits", "cache_misses"), ctx -> {
                    StoreStats s = ctx.session().database().store().stats();
                    return one(s.cacheHits(), s.cacheMisses());
                });
            case "user_version":
                return rows(name, List.of("user_version"), ctx -> {
                    Database db = ctx.session().database();
                    if (value != null) {
                        db.setUserVersion(integer(value, name));
                        return List.of();
                    }
                    return one(db.userVersion());
                });
            case "wal_checkpoint":
                return walCheckpoint(value == null ? "PASSIVE" : value);
            case "wal_autocheckpoint":
                return rows(name, List.of("wal_autocheckpoint"), ctx -> {
                    Store store = ctx.session().database().store();
                    if (value != null) {
                        store.setWalAutoCheckpoint((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, integer(value, name))));
                    }
                    return one((long) store.walAutoCheckpoint());
                });
            case "wal_compression":
                return rows(name, List.of("wal_compression"), ctx -> {
                    Store store = ctx.session().database().store();
                    if (value != null) {
                        store.setWalCompression(onOff(value, name));
                    }
                    return one(store.walCompression() ? 1L : 0L);
                });
            case "schema_version":
                return rows(name, List.of("schema_version"), ctx -> one(ctx.session().catalog().version()));
            case "integrity_check":
            case "quick_check":
                return rows(name, List.of(name), ctx -> {
                    List<String> problems = ctx.session().database().integrityCheck();
                    List<Object[]> out = new ArrayList<>();
                    if (problems.isEmpty()) {
                        out.add(row("ok"));
                    }
                    for (String p : problems) {
                        out.add(row(p));
                    }
                    return out;
                });
            case "table_info":
                return rows(name, List.of("cid", "name", "type", "notnull", "dflt_value", "pk"), ctx -> {
                    TableDef t = table(ctx, value);
                    List<Object[]> out = new ArrayList<>();
                    int pk = 0;
                    for (int i = 0; i < t.columns().size(); i++) {
                        ColumnDef c = t.columns().get(i);
                        out.add(row((long) i, c.name(), c.declaredType(), c.notNull() ? 1L : 0L, c.defaultSql(),
                                c.primaryKey() ? (long) ++pk : 0L));
                    }
                    return out;
                });
            case "index_list":
                return rows(name, List.of("seq", "name", "unique", "origin", "partial"), ctx -> {
                    TableDef t = table(ctx, value);
                    List<Object[]> out = new ArrayList<>();
                    for (IndexDef i : ctx.session().catalog().indexesOf(t.name())) {
                        out.add(row((long) out.size(), i.name(), i.unique() ? 1L : 0L, i.sql() == null ? "u" : "c", 0L));
                    }
                    return out;
                });
            case "index_info":
                return rows(name, List.of("seqno", "cid", "name"), ctx -> {
                    IndexDef index = value == null ? null : ctx.session().catalog().index(value);
                    if (index == null) {
                        return List.of();
                    }
                    TableDef t = ctx.session().catalog().table(index.table());
                    List<Object[]> out = new ArrayList<>();
                    for (int col : index.columns()) {
                        out.add(row((long) out.size(), (long) col, t.columns().get(col).name()));
                    }
                    return out;
                });
            default:
                return rows(name, List.of(), ctx -> List.of());
        }
    }

    /** PRAGMA wal_checkpoint(mode) / CHECKPOINT: one row (busy, log, checkpointed) as in SQLite. */
    private static Planned walCheckpoint(String mode) throws SQLException {
        WalCheckpoint checkpoint = enumValue(WalCheckpoint.class, mode, "wal_checkpoint");
        return rows("wal_checkpoint", List.of("busy", "log", "checkpointed"), ctx -> {
            CheckpointResult r = ctx.session().database().store().checkpointWal(checkpoint);
            return one((long) r.busy(), (long) r.logFrames(), (long) r.checkpointedFrames());
        });
    }

    private static boolean onOff(String value, String pragma) throws SQLException {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "1", "on", "true", "yes" -> true;
            case "0", "off", "false", "no" -> false;
            default -> throw new SQLException("PRAGMA " + pragma + " needs on or off, got: " + value, "22023");
        };
    }

    private static TableDef table(ExecContext ctx, String name) throws SQLException, dev.aliendb.engine.EngineException {
        TableDef t = name == null ? null : ctx.session().catalog().table(name);
        if (t == null) {
            throw new SQLException("no such table: " + name, "42S02");
        }
        return t;
    }

    private static SyncMode syncMode(String value) throws SQLException {
        return switch (value.trim()) {
            case "0" -> SyncMode.OFF;
            case "1" -> SyncMode.NORMAL;
            case "2" -> SyncMode.FULL;
            case "3" -> SyncMode.EXTRA;
            default -> enumValue(SyncMode.class, value, "synchronous");
        };
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String pragma) throws SQLException {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SQLException("unknown value for PRAGMA " + pragma + ": " + value, "22023");
        }
    }

    private static long integer(String value, String pragma) throws SQLException {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new SQLException("PRAGMA " + pragma + " needs an integer, got: " + value, "22023");
        }
    }
}
