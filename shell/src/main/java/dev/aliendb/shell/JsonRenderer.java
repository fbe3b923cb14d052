package dev.aliendb.shell;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A JSON array with one object per row, keyed by column label; numbers stay numbers, NULL is null. */
final class JsonRenderer implements ResultRenderer {
    @Override
    public long render(ResultSet rs, PrintStream out, boolean headers) throws SQLException {
        String[] labels = ResultRenderer.labels(rs);
        long rows = 0;
        while (rs.next()) {
            StringBuilder row = new StringBuilder(rows == 0 ? "[{" : ",\n{");
            for (int i = 0; i < labels.length; i++) {
                Cell c = Cell.read(rs, i + 1);
                row.append(i == 0 ? "" : ",").append(string(labels[i])).append(':');
                row.append(c.text() == null ? "null" : c.numeric() && isJsonNumber(c.text()) ? c.text()
                        : string(c.text()));
            }
            out.print(row.append('}'));
            rows++;
        }
        out.println(rows == 0 ? "[]" : "]");
        return rows;
    }

    private static boolean isJsonNumber(String s) {
        return s.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
