package dev.aliendb.jdbc;

import dev.aliendb.engine.Catalog;
import dev.aliendb.storage.StoreStats;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * AlienDB-specific features of a connection, reached with {@code connection.unwrap(AlienDbConnection.class)}.
 * Used by tools such as the shell that need more than JDBC offers.
 */
public interface AlienDbConnection extends Connection {
    /** The schema as of now, including the CREATE text of tables, views and indexes. */
    Catalog catalog() throws SQLException;

    /** Splits a script into statements exactly as the database does (quotes, comments, trigger bodies). */
    List<String> splitStatements(String script) throws SQLException;

    /**
     * Diagnostics of the database file this connection uses (shared by all its connections in this
     * process): page size, journal mode, cache hits and misses, pages read and written, and
     * {@link StoreStats#syncs()}, the fsyncs issued so far (database, journal and log files, counted, not
     * estimated).
     */
    StoreStats storeStats() throws SQLException;
}
