package dev.aliendb.shell;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned table output with ASCII ({@code +-|}) or box-drawing borders. Reads the whole result first to
 * size the columns; numbers are right-aligned, NULL is shown as {@code NULL}, line breaks inside values as
 * {@code ↵} so every row stays on one line.
 */
final class TableRenderer implements ResultRenderer {
    private final String[] top;
    private final String[] middle;
    private final String[] bottom;
    private final String vertical;
    private final char horizontal;

    private TableRenderer(String[] top, String[] middle, String[] bottom, String vertical, char horizontal) {
        this.top = top;
        this.middle = middle;
        this.bottom = bottom;
        this.vertical = vertical;
        this.horizontal = horizontal;
    }

    static TableRenderer ascii() {
        String[] plus = {"+", "+", "+"};
        return new TableRenderer(plus, plus, plus, "|", '-');
    }

    static TableRenderer box() {
        return new TableRenderer(new String[] {"┌", "┬", "┐"}, new String[] {"├", "┼", "┤"},
                new String[] {"└", "┴", "┘"}, "│", '─');
    }

    @Override
    public long render(ResultSet rs, PrintStream out, boolean headers) throws SQLException {
        String[] labels = ResultRenderer.labels(rs);
        int[] widths = new int[labels.length];
        if (headers) {
            for (int i = 0; i < labels.length; i++) {
                widths[i] = labels[i].length();
            }
        }
        List<Cell[]> rows = new ArrayList<>();
        while (rs.next()) {
            Cell[] row = new Cell[labels.length];
            for (int i = 0; i < labels.length; i++) {
                Cell c = Cell.read(rs, i + 1);
                row[i] = new Cell(c.text() == null ? "NULL" : c.text().replace("\n", "↵"), c.numeric());
                widths[i] = Math.max(widths[i], row[i].text().length());
            }
            rows.add(row);
        }
        out.println(rule(top, widths));
        if (headers) {
            Cell[] header = new Cell[labels.length];
            for (int i = 0; i < labels.length; i++) {
                header[i] = new Cell(labels[i], false);
            }
            out.println(line(header, widths));
            out.println(rule(middle, widths));
        }
        for (Cell[] row : rows) {
            out.println(line(row, widths));
        }
        out.println(rule(bottom, widths));
        return rows.size();
    }

    private String rule(String[] corners, int[] widths) {
        StringBuilder s = new StringBuilder(corners[0]);
        for (int i = 0; i < widths.length; i++) {
            s.append(String.valueOf(horizontal).repeat(widths[i] + 2)).append(i == widths.length - 1 ? corners[2]
                    : corners[1]);
        }
        return s.toString();
    }

    private String line(Cell[] cells, int[] widths) {
        StringBuilder s = new StringBuilder(vertical);
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i].text();
            String pad = " ".repeat(widths[i] - text.length());
            s.append(' ').append(cells[i].numeric() ? pad + text : text + pad).append(' ').append(vertical);
        }
        return s.toString();
    }
}
