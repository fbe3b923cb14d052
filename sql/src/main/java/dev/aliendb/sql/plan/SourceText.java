package dev.aliendb.sql.plan;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Maps parser positions back to the statement text (to label result columns with their source text). */
final class SourceText {
    private final String sql;
    private final int[] lineStarts;

    SourceText(String sql) {
        this.sql = sql;
        int lines = 1;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        int line = 1;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    /** The exact text the node was parsed from, or null when its position is unknown. */
    String of(SqlNode node) {
        int[] span = {Integer.MAX_VALUE, -1};
        collect(node, span);
        if (span[1] < 0 || span[0] > span[1] || span[1] > sql.length()) {
            return null;
        }
        return sql.substring(span[0], span[1]);
    }

    private void collect(SqlNode node, int[] span) {
        if (node == null) {
            return;
        }
        SqlParserPos pos = node.getParserPosition();
        if (pos != SqlParserPos.ZERO && pos.getLineNum() > 0) {
            span[0] = Math.min(span[0], offset(pos.getLineNum(), pos.getColumnNum()));
            span[1] = Math.max(span[1], offset(pos.getEndLineNum(), pos.getEndColumnNum()) + 1);
        }
        if (node instanceof SqlCall call) {
            for (SqlNode operand : call.getOperandList()) {
                collect(operand, span);
            }
        }
    }

    private int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return sql.length();
        }
        return Math.min(sql.length(), lineStarts[line - 1] + column - 1);
    }
}
