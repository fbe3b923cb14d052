package dev.aliendb.shell;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;

/** sqlite3's list mode: values separated by {@code |}, one row per line, NULL as the empty string. */
final class ListRenderer implements ResultRenderer {
    @Override
    public long render(ResultSet rs, PrintStream out, boolean headers) throws SQLException {
        String[] labels = ResultRenderer.labels(rs);
        if (headers) {
            out.println(String.join("|", labels));
        }
        long rows = 0;
        String[] fields = new String[labels.length];
        while (rs.next()) {
            for (int i = 0; i < labels.length; i++) {
                String text = Cell.read(rs, i + 1).text();
                fields[i] = text == null ? "" : text;
            }
            out.println(String.join("|", fields));
            rows++;
        }
        return rows;
    }
}
