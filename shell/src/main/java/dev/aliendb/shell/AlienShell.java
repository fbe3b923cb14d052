package dev.aliendb.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The {@code alien} command: {@code alien [DBFILE] [SQL|.command ...]}.
 * <ul>
 *   <li>with SQL or dot-command arguments: runs them in order and exits;</li>
 *   <li>otherwise, when standard input is not a terminal: runs it as a script and exits;</li>
 *   <li>otherwise: an interactive prompt ({@code alien> }, continuation {@code    ...> }) with line editing
 *       and history in {@code ~/.alien_history} (the {@code alien.history} system property overrides).</li>
 * </ul>
 * Without DBFILE (or with {@code :memory:}) the database is a private in-memory one. The exit code is 0
 * when everything ran without error, 1 when a statement or command failed, 2 for bad usage.
 */
public final class AlienShell {
    static final String PROMPT = "alien> ";
    static final String CONTINUATION = "   ...> ";
    private static final String USAGE = "usage: alien [DBFILE] [SQL | .command ...]\n"
            + "  Opens DBFILE (created if missing; omitted or :memory: = in-memory database). SQL arguments run\n"
            + "  and the shell exits; SQL on standard input runs when it is not a terminal; otherwise an\n"
            + "  interactive prompt starts (.help lists its commands).";

    private AlienShell() {
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null;
        System.exit(run(args, System.in, System.out, System.err, terminal));
    }

    /** The whole program, with its streams given: the programmatic entry point tests use. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        List<String> arguments = Arrays.asList(args);
        if (!arguments.isEmpty() && (arguments.get(0).equals("-h") || arguments.get(0).equals("--help"))) {
            out.println(USAGE);
            return 0;
        }
        if (!arguments.isEmpty() && arguments.get(0).startsWith("-")) {
            err.println("Error: unknown option " + arguments.get(0) + "\n" + USAGE);
            return 2;
        }
        String database = arguments.isEmpty() ? null : arguments.get(0);
        List<String> commands = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
        Connection connection;
        try {
            connection = Shell.open(database);
        } catch (SQLException e) {
            err.println("Error: unable to open database \"" + database + "\": " + e.getMessage());
            return 1;
        }
        try (Shell shell = new Shell(connection, database, out, err)) {
            if (!commands.isEmpty()) {
                for (String command : commands) {
                    if (shell.quitRequested()) {
                        break;
                    }
                    shell.feed(command);
                    shell.finishInput();
                }
            } else if (!interactive) {
                shell.runScript(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } else {
                try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                    interact(shell, terminal);
                }
                return 0;
            }
            return shell.errors() == 0 ? 0 : 1;
        } catch (IOException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            err.println("Error: closing the database failed: " + e.getMessage());
            return 1;
        }
    }

    /** The interactive loop on a terminal (a dumb one in tests). */
    static void interact(Shell shell, Terminal terminal) throws SQLException {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("alien")
                .variable(LineReader.HISTORY_FILE, historyFile())
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' in SQL is not a history event
                .build();
        shell.out().println("AlienDB " + shell.connection().getMetaData().getDatabaseProductVersion()
                + " - enter .help for usage hints, .quit to leave.");
        shell.out().println(shell.databaseName() == null
                ? "Connected to a transient in-memory database (.open FILE to use a file)."
                : "Connected to " + shell.databaseName() + ".");
        boolean pending = false;
        while (!shell.quitRequested()) {
            String line;
            try {
                shell.out().flush();
                line = reader.readLine(pending ? CONTINUATION : PROMPT);
            } catch (UserInterruptException e) {
                shell.discardPending();
                pending = false;
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            pending = shell.feed(line);
        }
        shell.out().flush();
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            shell.err().println("warning: could not save history: " + e.getMessage());
        }
    }

    private static Path historyFile() {
        String configured = System.getProperty("alien.history");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".alien_history");
    }
}
