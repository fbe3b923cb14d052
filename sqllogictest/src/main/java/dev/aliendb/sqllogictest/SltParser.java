package dev.aliendb.sqllogictest;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a sqllogictest script the way SQLite's reference runner (sqllogictest.c) reads it.
 *
 * <p>Records are separated by blank lines; lines starting with {@code #} between records are comments.
 * A record may be preceded by {@code skipif <db>} / {@code onlyif <db>} lines, matched against
 * {@link #databaseName}; a record whose conditions exclude this database is dropped here, and a
 * {@code halt} that applies ends the script. Statement SQL runs to the blank line; query SQL runs to
 * {@code ----} (then the expected values to the blank line) or to the blank line (no expected values).
 * Trailing white space of every line is ignored, as the reference does. Records of an unknown kind are
 * reported in {@link Script#unknown()} and skipped.
 */
public final class SltParser {

    private static final Pattern HASH = Pattern.compile("(\\d+) values hashing to ([0-9a-f]{32})");

    private final String databaseName;

    public SltParser(String databaseName) {
        this.databaseName = databaseName;
    }

    /** The records of one script that apply to this database, plus the lines of records not understood. */
    public record Script(List<SltRecord> records, List<Integer> unknown) {}

    public Script parse(BufferedReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l = reader.readLine(); l != null; l = reader.readLine()) {
            lines.add(l.stripTrailing());
        }
        return new Reader(lines).script();
    }

    private final class Reader {
        private final List<String> lines;
        private final List<SltRecord> records = new ArrayList<>();
        private final List<Integer> unknown = new ArrayList<>();
        private int pos;

        Reader(List<String> lines) {
            this.lines = lines;
        }

        Script script() {
            while (skipToRecord()) {
                if (!record()) {
                    break;
                }
            }
            return new Script(List.copyOf(records), List.copyOf(unknown));
        }

        private boolean skipToRecord() {
            while (pos < lines.size() && (lines.get(pos).isEmpty() || lines.get(pos).startsWith("#"))) {
                pos++;
            }
            return pos < lines.size();
        }

        /** Reads one record at {@link #pos}; returns false when a {@code halt} ends the script. */
        private boolean record() {
            boolean applies = true;
            String[] tokens = tokens(lines.get(pos));
            while (tokens[0].equals("skipif") || tokens[0].equals("onlyif")) {
                boolean named = tokens.length > 1 && tokens[1].equals(databaseName);
                applies &= tokens[0].equals("skipif") != named;
                pos++;
                if (pos >= lines.size()) {
                    return false;
                }
                tokens = tokens(lines.get(pos));
            }
            int line = pos + 1;
            pos++;
            switch (tokens[0]) {
                case "halt" -> {
                    return !applies;
                }
                case "hash-threshold" -> addIf(applies, new SltRecord.HashThreshold(line, Integer.parseInt(tokens[1])));
                case "statement" -> addIf(applies, new SltRecord.Statement(line, sql(false),
                        tokens.length > 1 && tokens[1].equals("error")));
                case "query" -> addIf(applies, query(line, tokens));
                default -> {
                    unknown.add(line);
                    skipBlock();
                }
            }
            return true;
        }

        private SltRecord.Query query(int line, String[] tokens) {
            String types = tokens.length > 1 ? tokens[1] : "";
            SltRecord.SortMode sort = tokens.length > 2 ? SltRecord.SortMode.parse(tokens[2]) : SltRecord.SortMode.NOSORT;
            String label = tokens.length > 3 ? tokens[3] : null;
            String sql = sql(true);
            SltRecord.Expected expected = null;
            if (pos < lines.size() && lines.get(pos).equals("----")) {
                pos++;
                expected = expected();
            }
            return new SltRecord.Query(line, sql, types, sort, label, expected);
        }

        private String sql(boolean stopAtDashes) {
            StringBuilder sql = new StringBuilder();
            while (pos < lines.size() && !lines.get(pos).isEmpty() && !(stopAtDashes && lines.get(pos).equals("----"))) {
                if (sql.length() > 0) {
                    sql.append('\n');
                }
                sql.append(lines.get(pos++));
            }
            return sql.toString();
        }

        private SltRecord.Expected expected() {
            List<String> values = new ArrayList<>();
            while (pos < lines.size() && !lines.get(pos).isEmpty()) {
                values.add(lines.get(pos++));
            }
            if (values.size() == 1) {
                Matcher m = HASH.matcher(values.get(0));
                if (m.matches()) {
                    return new SltRecord.Expected.Hash(Integer.parseInt(m.group(1)), m.group(2));
                }
            }
            return new SltRecord.Expected.Values(List.copyOf(values));
        }

        private void skipBlock() {
            while (pos < lines.size() && !lines.get(pos).isEmpty()) {
                pos++;
            }
        }

        private void addIf(boolean applies, SltRecord record) {
            if (applies) {
                records.add(record);
            }
        }

        private String[] tokens(String line) {
            return line.strip().split("\\s+");
        }
    }
}
