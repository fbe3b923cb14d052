package dev.aliendb.sql.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/** EXPLAIN text for expressions: Calcite's rendering with input references replaced by field names. */
final class Describe {
    private static final Pattern INPUT_REF = Pattern.compile("\\$(\\d+)");

    private Describe() {
    }

    static String rex(RexNode node, RelDataType rowType) {
        List<String> names = rowType.getFieldNames();
        Matcher m = INPUT_REF.matcher(collapseSubqueries(node.toString()));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(i < names.size() ? names.get(i) : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Calcite prints a subquery's whole plan between braces; EXPLAIN shows "{subquery}" instead. */
    private static String collapseSubqueries(String text) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                if (depth++ == 0) {
                    sb.append("{subquery}");
                }
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String rex(List<RexNode> nodes, RelDataType rowType) {
        StringBuilder sb = new StringBuilder();
        for (RexNode n : nodes) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(rex(n, rowType));
        }
        return sb.toString();
    }
}
