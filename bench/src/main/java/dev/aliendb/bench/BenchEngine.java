package dev.aliendb.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The engines compared, each with the settings the workloads file prescribes, its URL for a database in a
 * given directory, its dialect differences and its clean shutdown. Every database lives in its own
 * directory; {@link #durable} says whether a reported commit survives a power cut with these settings.
 */
public enum BenchEngine {
    ALIEN("alien", "AlienDB", true, "defaults (journal_mode=WAL, synchronous=FULL)"),
    ALIEN_DELETE("alien-delete", "AlienDB DELETE", true, "journal_mode=DELETE, synchronous=FULL"),
    SQLITE_WAL("sqlite-wal", "SQLite WAL", true, "journal_mode=WAL, synchronous=FULL"),
    SQLITE_DELETE("sqlite-delete", "SQLite DELETE", true, "journal_mode=DELETE, synchronous=FULL"),
    H2("h2", "H2*", false, "file mode, defaults (commits are not fsynced)"),
    HSQLDB_DURABLE("hsqldb-durable", "HSQLDB durable", true,
            "hsqldb.write_delay=false; hsqldb.default_table_type=cached"),
    HSQLDB("hsqldb", "HSQLDB*", false, "defaults (write_delay 0.5 s, memory tables: commits are not fsynced)"),
    DERBY("derby", "Derby", true, "embedded, defaults");

    private final String id;
    private final String label;
    private final boolean durable;
    private final String settings;

    BenchEngine(String id, String label, boolean durable, String settings) {
        this.id = id;
        this.label = label;
        this.durable = durable;
        this.settings = settings;
    }

    public String id() {
        return id;
    }

    /** Name in reports; a trailing {@code *} marks an engine that does not fsync commits. */
    public String label() {
        return label;
    }

    /** Whether this is AlienDB itself (in any mode), which is never its own peer. */
    public boolean alien() {
        return this == ALIEN || this == ALIEN_DELETE;
    }

    public boolean durable() {
        return durable;
    }

    public String settings() {
        return settings;
    }

    public static BenchEngine byId(String id) {
        for (BenchEngine e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + id + "'");
    }

    public String url(Path dataDir) {
        String base = dataDir.toAbsolutePath().resolve("db").toString();
        return switch (this) {
            case ALIEN -> "jdbc:alien:" + base + ".alien";
            case ALIEN_DELETE -> "jdbc:alien:" + base + ".alien?journal_mode=delete";
            case SQLITE_WAL, SQLITE_DELETE -> "jdbc:sqlite:" + base + ".sqlite";
            case H2 -> "jdbc:h2:" + base;
            case HSQLDB_DURABLE -> "jdbc:hsqldb:file:" + base + ";hsqldb.write_delay=false;hsqldb.default_table_type=cached";
            case HSQLDB -> "jdbc:hsqldb:file:" + base;
            case DERBY -> "jdbc:derby:" + base + ";create=true";
        };
    }

    public Connection open(Path dataDir) throws SQLException {
        Properties p = new Properties();
        if (this == SQLITE_WAL || this == SQLITE_DELETE) {
            p.setProperty("journal_mode", this == SQLITE_WAL ? "WAL" : "DELETE");
            p.setProperty("synchronous", "FULL");
            p.setProperty("busy_timeout", "5000");
        }
        return DriverManager.getConnection(url(dataDir), p);
    }

    /** The column {@code pad} of t: PAD is a reserved word in Derby, which needs it quoted. */
    public String pad() {
        return this == DERBY ? "\"PAD\"" : "pad";
    }

    /** The SQL for {@code x % n}: Derby and HSQLDB only know {@code MOD}. */
    public String mod(String x, int n) {
        return this == DERBY || this == HSQLDB || this == HSQLDB_DURABLE ? "MOD(" + x + ", " + n + ")" : x + " % " + n;
    }

    /** What the engine itself reports about its durability settings, where it can be asked. */
    public String reportedSettings(Connection c) throws SQLException {
        if (alien()) {
            try (Statement s = c.createStatement()) {
                return "journal_mode=" + scalar(s, "PRAGMA journal_mode") + ", synchronous=" + scalar(s, "PRAGMA synchronous")
                        + " (2=FULL)";
            }
        }
        if (this != SQLITE_WAL && this != SQLITE_DELETE) {
            return settings;
        }
        try (Statement s = c.createStatement()) {
            return "journal_mode=" + scalar(s, "PRAGMA journal_mode") + ", synchronous=" + scalar(s, "PRAGMA synchronous")
                    + " (2=FULL), busy_timeout=" + scalar(s, "PRAGMA busy_timeout")
                    + " ms";
        }
    }

    private static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Closes the last connection so that the files on disk are complete (HSQLDB and Derby need a shutdown). */
    public void closeLast(Connection c, Path dataDir) throws SQLException {
        if (this == HSQLDB || this == HSQLDB_DURABLE) {
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
        c.close();
        if (this == DERBY) {
            try {
                DriverManager.getConnection("jdbc:derby:" + dataDir.toAbsolutePath().resolve("db") + ";shutdown=true");
            } catch (SQLException e) {
                if (!"08006".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }
}
