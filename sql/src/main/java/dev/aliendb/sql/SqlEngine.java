package dev.aliendb.sql;

import dev.aliendb.sql.session.AlienSession;
import java.sql.SQLException;
import java.util.Map;

/**
 * Opens SQL sessions on a database. {@code path} is a file path or "mem:NAME"; options as in
 * {@code dev.aliendb.engine.Databases#open}. Sessions on the same path share one database.
 */
public final class SqlEngine {
    private SqlEngine() {
    }

    public static SqlSession openSession(String path, Map<String, String> options) throws SQLException {
        return AlienSession.open(path, options);
    }
}
