package dev.aliendb.shell;

import dev.aliendb.engine.TableDef;
import dev.aliendb.jdbc.AlienDbConnection;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .import FILE TABLE}: loads a CSV file into a table in one transaction (all rows or none). A missing
 * table is created from the header row with TEXT columns. For an existing table the first row is skipped
 * when it repeats the column names, otherwise it is data. Every record must have as many fields as the
 * table has columns. Files above {@link #PROGRESS_THRESHOLD} bytes show a progress bar on stderr.
 */
final class CsvImporter {
    static final long PROGRESS_THRESHOLD = 1 << 20;
    private static final int BATCH = 1000;
    private static final int BAR = 40;

    private final Connection connection;
    private final PrintStream progress;

    CsvImporter(Connection connection, PrintStream progress) {
        this.connection = connection;
        this.progress = progress;
    }

    /** @return the number of rows inserted */
    long importFile(Path file, String table) throws IOException, SQLException {
        long size = Files.size(file);
        try (CountingInputStream counter = new CountingInputStream(Files.newInputStream(file));
             Reader reader = new InputStreamReader(counter, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(reader);
            List<String> header = csv.next();
            if (header == null) {
                throw new IOException(file + " is empty");
            }
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            Progress bar = size > PROGRESS_THRESHOLD ? new Progress(progress, size) : null;
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<String> columns = prepareTable(table, header);
                List<String> first = sameNames(header, columns) ? null : header;
                long rows = insertAll(csv, table, columns.size(), first, counter, bar);
                connection.commit();
                return rows;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
                if (bar != null) {
                    bar.finish();
                }
            }
        }
    }

    /** Creates the table if needed; returns its column names. */
    private List<String> prepareTable(String table, List<String> header) throws SQLException {
        TableDef existing = connection.unwrap(AlienDbConnection.class).catalog().table(table);
        if (existing != null) {
            List<String> names = new ArrayList<>();
            existing.columns().forEach(c -> names.add(c.name()));
            return names;
        }
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(quote(table)).append('(');
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).isBlank() ? "c" + (i + 1) : header.get(i);
            ddl.append(i == 0 ? "" : ", ").append(quote(name)).append(" TEXT");
        }
        try (Statement s = connection.createStatement()) {
            s.execute(ddl.append(')').toString());
        }
        return header;
    }

    private long insertAll(CsvReader csv, String table, int width, List<String> first, CountingInputStream counter,
                           Progress bar) throws IOException, SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(table)).append(" VALUES (");
        for (int i = 0; i < width; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql.append(')').toString())) {
            int recordLine = 1;
            List<String> record = first;
            if (record == null) {
                recordLine = csv.line();
                record = csv.next();
            }
            while (record != null) {
                if (record.size() != width) {
                    throw new IOException("line " + recordLine + ": expected " + width + " fields but found "
                            + record.size());
                }
                for (int i = 0; i < width; i++) {
                    insert.setString(i + 1, record.get(i));
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                    if (bar != null) {
                        bar.update(counter.count());
                    }
                }
                recordLine = csv.line();
                record = csv.next();
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static boolean sameNames(List<String> header, List<String> columns) {
        if (header.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).trim().equalsIgnoreCase(columns.get(i))) {
                return false;
            }
        }
        return true;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Counts the bytes read so far, for the progress bar. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** A one-line progress bar redrawn in place whenever the percentage changes. */
    private static final class Progress {
        private final PrintStream out;
        private final long total;
        private int shown = -1;

        Progress(PrintStream out, long total) {
            this.out = out;
            this.total = total;
        }

        void update(long done) {
            int percent = (int) Math.min(100, done * 100 / total);
            if (percent != shown) {
                shown = percent;
                int filled = percent * BAR / 100;
                out.print("\rimporting [" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + percent + "%");
                out.flush();
            }
        }

        void finish() {
            update(total);
            out.println();
        }
    }
}
