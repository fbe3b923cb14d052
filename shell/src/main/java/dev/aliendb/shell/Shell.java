package dev.aliendb.shell;

import dev.aliendb.jdbc.AlienDbConnection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The shell's state and its line-by-line interpreter, independent of where lines come from (terminal,
 * standard input, a {@code .read} file, command-line arguments). A line starting with {@code .} when no
 * statement is pending is a dot-command; other lines accumulate until they form complete SQL, which is split
 * into statements by the database and run in order. Errors are reported on {@code err} and counted; the
 * shell carries on with the next statement, like sqlite3 without {@code -bail}.
 */
final class Shell implements AutoCloseable {
    private final PrintStream out;
    private final PrintStream err;
    private final SqlBuffer buffer = new SqlBuffer();
    private final DotCommands dotCommands = new DotCommands(this);
    private Connection connection;
    private String databaseName;
    private OutputMode mode = OutputMode.TABLE;
    private boolean headers = true;
    private boolean timer;
    private boolean quit;
    private int errors;

    Shell(Connection connection, String databaseName, PrintStream out, PrintStream err) {
        this.connection = connection;
        this.databaseName = databaseName;
        this.out = out;
        this.err = err;
    }

    /** The JDBC URL for a shell argument: a file path, or an in-memory database when null or ":memory:". */
    static String url(String file) {
        return file == null || file.equals(":memory:") ? "jdbc:alien:mem:" : "jdbc:alien:" + file;
    }

    static Connection open(String file) throws SQLException {
        return DriverManager.getConnection(url(file));
    }

    /**
     * Feeds one line of input.
     *
     * @return true while a statement is pending (the caller shows the continuation prompt)
     */
    boolean feed(String line) {
        if (buffer.isEmpty() && line.strip().startsWith(".")) {
            buffer.clear();
            dotCommands.run(line.strip());
            return false;
        }
        buffer.append(line);
        if (buffer.isComplete()) {
            runSql(buffer.take());
        }
        return !buffer.isEmpty();
    }

    /** End of input: runs a pending statement even without its final semicolon. */
    void finishInput() {
        if (!buffer.isEmpty()) {
            runSql(buffer.take());
        }
        buffer.clear();
    }

    /** Discards a pending statement (Ctrl-C at the prompt). */
    void discardPending() {
        buffer.clear();
    }

    /** Runs every line of a script, stopping early only at {@code .quit}. */
    void runScript(BufferedReader lines) throws IOException {
        String line;
        while (!quit && (line = lines.readLine()) != null) {
            feed(line);
        }
        if (!quit) {
            finishInput();
        }
    }

    void runSql(String sql) {
        List<String> statements;
        try {
            statements = connection.unwrap(AlienDbConnection.class).splitStatements(sql);
        } catch (SQLException e) {
            error(e);
            return;
        }
        for (String statement : statements) {
            execute(statement);
        }
    }

    private void execute(String sql) {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            if (s.execute(sql)) {
                mode.renderer.render(s.getResultSet(), out, headers);
            }
        } catch (SQLException e) {
            error(e);
        }
        if (timer) {
            out.printf(Locale.ROOT, "Run Time: real %.3f s%n", (System.nanoTime() - start) / 1e9);
        }
        out.flush();
    }

    void error(SQLException e) {
        error(e.getMessage() + (e.getSQLState() == null ? "" : " [SQLSTATE " + e.getSQLState() + "]"));
    }

    void error(String message) {
        errors++;
        err.println("Error: " + message);
        err.flush();
    }

    /** Replaces the connection (after {@code .open}); the old one is closed. */
    void reconnect(Connection newConnection, String newName) throws SQLException {
        Connection old = connection;
        connection = newConnection;
        databaseName = newName;
        old.close();
    }

    Connection connection() {
        return connection;
    }

    String databaseName() {
        return databaseName;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    OutputMode mode() {
        return mode;
    }

    void setMode(OutputMode mode) {
        this.mode = mode;
    }

    boolean headers() {
        return headers;
    }

    void setHeaders(boolean headers) {
        this.headers = headers;
    }

    boolean timer() {
        return timer;
    }

    void setTimer(boolean timer) {
        this.timer = timer;
    }

    void requestQuit() {
        quit = true;
    }

    boolean quitRequested() {
        return quit;
    }

    int errors() {
        return errors;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
