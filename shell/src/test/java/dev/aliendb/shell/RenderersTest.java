package dev.aliendb.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.RowSetMetaData;
import javax.sql.rowset.CachedRowSet;
import javax.sql.rowset.RowSetMetaDataImpl;
import javax.sql.rowset.RowSetProvider;
import org.junit.jupiter.api.Test;

/** Output formats, fed by the JDK's in-memory CachedRowSet so no database is involved. */
class RenderersTest {
    private static CachedRowSet rows() throws SQLException {
        CachedRowSet rs = RowSetProvider.newFactory().createCachedRowSet();
        RowSetMetaData md = new RowSetMetaDataImpl();
        md.setColumnCount(2);
        md.setColumnLabel(1, "id");
        md.setColumnType(1, Types.BIGINT);
        md.setColumnLabel(2, "name");
        md.setColumnType(2, Types.VARCHAR);
        rs.setMetaData(md);
        Object[][] data = {{1L, "ann"}, {22L, null}, {3L, "a, \"b\"\nc"}};
        for (Object[] row : data) {
            rs.moveToInsertRow();
            rs.updateObject(1, row[0]);
            if (row[1] == null) {
                rs.updateNull(2);
            } else {
                rs.updateString(2, (String) row[1]);
            }
            rs.insertRow();
        }
        rs.moveToCurrentRow();
        rs.beforeFirst();
        return rs;
    }

    private static String render(OutputMode mode, boolean headers) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(3, mode.renderer.render(rows(), out, headers));
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void asciiTable() throws SQLException {
        assertEquals(String.join("\n",
                "+----+----------+",
                "| id | name     |",
                "+----+----------+",
                "|  1 | ann      |",
                "| 22 | NULL     |",
                "|  3 | a, \"b\"↵c |",
                "+----+----------+", ""), render(OutputMode.TABLE, true));
    }

    @Test
    void boxTableWithoutHeaders() throws SQLException {
        assertEquals(String.join("\n",
                "┌────┬──────────┐",
                "│  1 │ ann      │",
                "│ 22 │ NULL     │",
                "│  3 │ a, \"b\"↵c │",
                "└────┴──────────┘", ""), render(OutputMode.BOX, false));
    }

    @Test
    void csv() throws SQLException {
        assertEquals("id,name\r\n1,ann\r\n22,\r\n3,\"a, \"\"b\"\"\nc\"\r\n", render(OutputMode.CSV, true));
    }

    @Test
    void json() throws SQLException {
        assertEquals("[{\"id\":1,\"name\":\"ann\"},\n{\"id\":22,\"name\":null},\n"
                + "{\"id\":3,\"name\":\"a, \\\"b\\\"\\nc\"}]\n", render(OutputMode.JSON, true));
    }

    @Test
    void list() throws SQLException {
        assertEquals("id|name\n1|ann\n22|\n3|a, \"b\"\nc\n", render(OutputMode.LIST, true));
    }
}
