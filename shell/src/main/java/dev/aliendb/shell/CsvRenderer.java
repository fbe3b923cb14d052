package dev.aliendb.shell;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; NULL is empty. */
final class CsvRenderer implements ResultRenderer {
    @Override
    public long render(ResultSet rs, PrintStream out, boolean headers) throws SQLException {
        String[] labels = ResultRenderer.labels(rs);
        if (headers) {
            out.print(String.join(",", quoteAll(labels)) + "\r\n");
        }
        long rows = 0;
        String[] fields = new String[labels.length];
        while (rs.next()) {
            for (int i = 0; i < labels.length; i++) {
                String text = Cell.read(rs, i + 1).text();
                fields[i] = text == null ? "" : quote(text);
            }
            out.print(String.join(",", fields) + "\r\n");
            rows++;
        }
        return rows;
    }

    private static String[] quoteAll(String[] values) {
        String[] quoted = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            quoted[i] = quote(values[i]);
        }
        return quoted;
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
