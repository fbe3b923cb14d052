package dev.aliendb.shell;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Writes a whole result set in one output format. */
interface ResultRenderer {
    /** @return the number of rows written */
    long render(ResultSet rs, PrintStream out, boolean headers) throws SQLException;

    static String[] labels(ResultSet rs) throws SQLException {
        int n = rs.getMetaData().getColumnCount();
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rs.getMetaData().getColumnLabel(i + 1);
        }
        return labels;
    }
}
