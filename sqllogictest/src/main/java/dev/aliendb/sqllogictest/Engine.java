package dev.aliendb.sqllogictest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;

/**
 * The databases the runner can test. Each file gets a fresh, empty in-memory database. Both answer the
 * scripts' {@code skipif}/{@code onlyif} conditions as {@code sqlite}: AlienDB aims at SQLite's semantics.
 */
public enum Engine {
    ALIEN("jdbc:alien:mem:slt-" + ProcessHandle.current().pid() + "-"),
    SQLITE("jdbc:sqlite::memory:");

    private final String urlPrefix;

    Engine(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /** The name matched against {@code skipif}/{@code onlyif}. */
    public String databaseName() {
        return "sqlite";
    }

    public String url(int fileNumber) {
        return this == SQLITE ? urlPrefix : urlPrefix + fileNumber;
    }

    public Connection open(int fileNumber) throws SQLException {
        return DriverManager.getConnection(url(fileNumber));
    }

    /** Whether a registered JDBC driver accepts this engine's URLs. */
    public boolean available() {
        return Collections.list(DriverManager.getDrivers()).stream().anyMatch(d -> {
            try {
                return d.acceptsURL(url(0));
            } catch (SQLException e) {
                return false;
            }
        });
    }

    public static Engine parse(String name) {
        return switch (name) {
            case "alien" -> ALIEN;
            case "sqlite" -> SQLITE;
            default -> throw new IllegalArgumentException("unknown engine '" + name + "' (alien or sqlite)");
        };
    }

    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
