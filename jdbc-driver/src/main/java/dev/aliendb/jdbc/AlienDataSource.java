package dev.aliendb.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for frameworks and pools: a URL ({@code jdbc:alien:...}) plus connection options
 * (the same keys as URL options). Each {@link #getConnection()} opens a new connection; connections to the
 * same database share it in-process. User and password are accepted and ignored (there are no accounts).
 */
public final class AlienDataSource implements DataSource, AlienWrapper {
    private final AlienDriver driver = new AlienDriver();
    private final Properties properties = new Properties();
    private volatile String url;
    private volatile PrintWriter logWriter;
    private volatile int loginTimeout;

    public AlienDataSource() {
    }

    public AlienDataSource(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Sets a connection option such as {@code journal_mode} or {@code busy_timeout}. */
    public void setProperty(String key, String value) {
        properties.setProperty(key, value);
    }

    public Properties getProperties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    @Override
    public Connection getConnection() throws SQLException {
        String target = url;
        if (target == null) {
            throw new SQLException("AlienDataSource has no URL (call setUrl)", SqlErrors.CONNECTION_FAILED);
        }
        Connection c = driver.connect(target, getProperties());
        if (c == null) {
            throw new SQLException("not an AlienDB URL (expected jdbc:alien:<path>): " + target,
                    SqlErrors.CONNECTION_FAILED);
        }
        return c;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw SqlErrors.unsupported("java.util.logging");
    }
}
