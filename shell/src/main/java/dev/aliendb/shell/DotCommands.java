package dev.aliendb.shell;

import dev.aliendb.engine.Catalog;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.ViewDef;
import dev.aliendb.jdbc.AlienDbConnection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The dot-commands ({@code .tables}, {@code .schema}, {@code .import}, ...). Arguments are separated by
 * spaces; single or double quotes keep spaces inside one argument. A wrong command or argument is an error
 * like a failing statement.
 */
final class DotCommands {
    static final String HELP = String.join("\n",
            ".exit | .quit           Leave the shell",
            ".headers on|off         Show column names above results (default on)",
            ".help                   Show this message",
            ".import FILE TABLE      Load a CSV file into TABLE (created from the header row if missing)",
            ".indexes [TABLE]        List indexes (of TABLE)",
            ".mode [MODE]            Output mode: table (default), box, csv, json, list",
            ".open FILE              Close this database and open FILE (:memory: for an in-memory one)",
            ".read FILE              Run the SQL and dot-commands in FILE",
            ".schema [NAME]          Show the CREATE statements (of table or view NAME)",
            ".tables [PATTERN]       List tables and views (matching a LIKE pattern)",
            ".timer on|off           Show how long each statement takes");
    private static final int MAX_READ_DEPTH = 16;

    private final Shell shell;
    private int readDepth;

    DotCommands(Shell shell) {
        this.shell = shell;
    }

    void run(String line) {
        List<String> args;
        try {
            args = split(line);
        } catch (IllegalArgumentException e) {
            shell.error(e.getMessage());
            return;
        }
        String command = args.get(0).toLowerCase(Locale.ROOT);
        try {
            dispatch(command, args.subList(1, args.size()));
        } catch (SQLException e) {
            shell.error(e);
        } catch (NoSuchFileException e) {
            shell.error("no such file: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            shell.error(e.getMessage());
        }
        shell.out().flush();
    }

    private void dispatch(String command, List<String> args) throws SQLException, IOException {
        switch (command) {
            case ".quit", ".exit" -> shell.requestQuit();
            case ".help" -> shell.out().println(HELP);
            case ".tables" -> tables(args.isEmpty() ? null : args.get(0));
            case ".schema" -> schema(args.isEmpty() ? null : args.get(0));
            case ".indexes", ".indices" -> indexes(args.isEmpty() ? null : args.get(0));
            case ".mode" -> mode(args);
            case ".headers" -> shell.setHeaders(onOff(command, args));
            case ".timer" -> shell.setTimer(onOff(command, args));
            case ".read" -> read(oneArgument(command, args, "FILE"));
            case ".open" -> open(oneArgument(command, args, "FILE"));
            case ".import" -> importCsv(args);
            default -> shell.error("unknown command " + command + " (enter .help for the list)");
        }
    }

    /** Splits a dot-command line into words; quotes group words. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unterminated quote in: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private String oneArgument(String command, List<String> args, String name) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("usage: " + command + " " + name);
        }
        return args.get(0);
    }

    private boolean onOff(String command, List<String> args) {
        String value = args.size() == 1 ? args.get(0).toLowerCase(Locale.ROOT) : "";
        switch (value) {
            case "on", "yes", "true", "1":
                return true;
            case "off", "no", "false", "0":
                return false;
            default:
                throw new IllegalArgumentException("usage: " + command + " on|off");
        }
    }

    private Catalog catalog() throws SQLException {
        return shell.connection().unwrap(AlienDbConnection.class).catalog();
    }

    private void tables(String pattern) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = shell.connection().getMetaData().getTables(null, null, pattern, null)) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        printColumns(names);
    }

    /** Prints names in columns across an 80-character line, as sqlite3 does. */
    private void printColumns(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        int width = names.stream().mapToInt(String::length).max().orElse(0) + 2;
        int perLine = Math.max(1, 80 / width);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            boolean last = (i + 1) % perLine == 0 || i == names.size() - 1;
            line.append(last ? names.get(i) : String.format("%-" + width + "s", names.get(i)));
            if (last) {
                shell.out().println(line);
                line.setLength(0);
            }
        }
    }

    private void schema(String name) throws SQLException {
        Catalog catalog = catalog();
        PrintStream out = shell.out();
        if (name != null) {
            TableDef table = catalog.table(name);
            ViewDef view = catalog.view(name);
            if (table == null && view == null) {
                throw new IllegalArgumentException("no table or view named " + name);
            }
            if (table != null) {
                out.println(table.sql() + ";");
                for (IndexDef index : catalog.indexesOf(table.name())) {
                    if (index.sql() != null) {
                        out.println(index.sql() + ";");
                    }
                }
            } else {
                out.println(view.sql() + ";");
            }
            return;
        }
        List<TableDef> tables = new ArrayList<>(catalog.tables());
        tables.sort(Comparator.comparing(TableDef::name, String.CASE_INSENSITIVE_ORDER));
        for (TableDef table : tables) {
            out.println(table.sql() + ";");
            for (IndexDef index : catalog.indexesOf(table.name())) {
                if (index.sql() != null) {
                    out.println(index.sql() + ";");
                }
            }
        }
        List<ViewDef> views = new ArrayList<>(catalog.views());
        views.sort(Comparator.comparing(ViewDef::name, String.CASE_INSENSITIVE_ORDER));
        for (ViewDef view : views) {
            out.println(view.sql() + ";");
        }
    }

    private void indexes(String table) throws SQLException {
        Catalog catalog = catalog();
        List<String> names = new ArrayList<>();
        for (TableDef t : catalog.tables()) {
            if (table == null || t.name().equalsIgnoreCase(table)) {
                catalog.indexesOf(t.name()).forEach(index -> names.add(index.name()));
            }
        }
        if (table != null && catalog.table(table) == null) {
            throw new IllegalArgumentException("no table named " + table);
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        printColumns(names);
    }

    private void mode(List<String> args) {
        if (args.isEmpty()) {
            shell.out().println("current output mode: " + shell.mode().displayName());
            return;
        }
        OutputMode mode = args.size() == 1 ? OutputMode.named(args.get(0)) : null;
        if (mode == null) {
            throw new IllegalArgumentException("usage: .mode table|box|csv|json|list");
        }
        shell.setMode(mode);
    }

    private void read(String file) throws IOException {
        if (readDepth >= MAX_READ_DEPTH) {
            throw new IOException(".read nested more than " + MAX_READ_DEPTH + " deep (does " + file
                    + " read itself?)");
        }
        readDepth++;
        try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            shell.runScript(in);
        } finally {
            readDepth--;
        }
    }

    private void open(String file) throws SQLException {
        Connection c = Shell.open(file);
        shell.reconnect(c, file);
    }

    private void importCsv(List<String> args) throws SQLException, IOException {
        if (args.size() != 2) {
            throw new IllegalArgumentException("usage: .import FILE TABLE");
        }
        long rows = new CsvImporter(shell.connection(), shell.err()).importFile(Path.of(args.get(0)), args.get(1));
        shell.err().println("imported " + rows + " row(s) into " + args.get(1));
    }
}
