package dev.aliendb.jdbc;

import dev.aliendb.sql.SqlEngine;
import dev.aliendb.sql.SqlSession;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The AlienDB JDBC driver: {@code jdbc:alien:<path>} and {@code jdbc:alien:mem:<name>} (see
 * {@link ConnectionConfig} for the syntax and options). Registered with {@link DriverManager} by its static
 * initializer and by {@code META-INF/services/java.sql.Driver}. Stateless and thread-safe.
 */
public final class AlienDriver implements Driver {
    private static final AlienDriver INSTANCE = new AlienDriver();

    static {
        try {
            DriverManager.registerDriver(INSTANCE);
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null; // JDBC: let DriverManager try the next driver
        }
        ConnectionConfig config = ConnectionConfig.parse(url, info);
        SqlSession session = SqlErrors.guard(() -> SqlEngine.openSession(config.path(), config.options()));
        return new AlienConnection(config, session);
    }

    @Override
    public boolean acceptsURL(String url) {
        return ConnectionConfig.accepts(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Map<String, String> given = acceptsURL(url) ? ConnectionConfig.parse(url, info).options() : Map.of();
        List<DriverPropertyInfo> result = new ArrayList<>();
        for (Map.Entry<String, String> option : ConnectionConfig.OPTIONS.entrySet()) {
            DriverPropertyInfo p = new DriverPropertyInfo(option.getKey(), given.get(option.getKey()));
            p.description = option.getValue();
            p.required = false;
            if (option.getKey().equals("read_only") || option.getKey().equals("create")) {
                p.choices = new String[] {"true", "false"};
            }
            result.add(p);
        }
        return result.toArray(new DriverPropertyInfo[0]);
    }

    @Override
    public int getMajorVersion() {
        return DriverVersion.MAJOR;
    }

    @Override
    public int getMinorVersion() {
        return DriverVersion.MINOR;
    }

    /** Not JDBC compliant in the strict sense (SQL-92 entry level is not fully covered). */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw SqlErrors.unsupported("java.util.logging");
    }
}
