package dev.aliendb.shell;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/** One result value prepared for display: its text (null for SQL NULL) and whether it is a number. */
record Cell(String text, boolean numeric) {
    static Cell read(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return new Cell(null, false);
        }
        if (v instanceof byte[] bytes) {
            return new Cell("x'" + HexFormat.of().formatHex(bytes) + "'", false);
        }
        return new Cell(rs.getString(column), v instanceof Number);
    }
}
