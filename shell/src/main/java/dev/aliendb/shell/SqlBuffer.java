package dev.aliendb.shell;

import java.util.Locale;

/**
 * Collects input lines until they form complete SQL: the text ends with a {@code ;} that lies outside
 * quotes ({@code '...'}, {@code "..."}, {@code `...`}, {@code [...]}) and comments ({@code --}, {@code /*}),
 * and, for CREATE TRIGGER, after the body's END. Only completeness is judged here; splitting the text into
 * statements is the database's job.
 */
final class SqlBuffer {
    private final StringBuilder text = new StringBuilder();

    void append(String line) {
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(line);
    }

    boolean isEmpty() {
        return text.toString().isBlank();
    }

    /** The collected text, and the buffer is emptied. */
    String take() {
        String s = text.toString();
        text.setLength(0);
        return s;
    }

    void clear() {
        text.setLength(0);
    }

    boolean isComplete() {
        return isComplete(text);
    }

    static boolean isComplete(CharSequence sql) {
        String code = codeOnly(sql);
        String trimmed = code.strip();
        if (!trimmed.endsWith(";")) {
            return false;
        }
        String upper = trimmed.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (upper.matches("(?s)(.*;\\s*)?CREATE (TEMP |TEMPORARY )?TRIGGER .*")) {
            return upper.matches("(?s).*\\bEND ?;$");
        }
        return true;
    }

    /** The text with quoted strings and comments blanked out; an unterminated quote swallows the rest. */
    static String codeOnly(CharSequence sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            char close = c == '\'' ? '\'' : c == '"' ? '"' : c == '`' ? '`' : c == '[' ? ']' : 0;
            if (close != 0) {
                int end = i + 1;
                while (end < n && sql.charAt(end) != close) {
                    end++;
                }
                if (end >= n) {
                    out.append(" \u0000"); // unterminated: never complete
                    return out.toString();
                }
                out.append(' ');
                i = end + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = indexOf(sql, "*/", i + 2);
                if (end < 0) {
                    out.append(" \u0000");
                    return out.toString();
                }
                out.append(' ');
                i = end + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int indexOf(CharSequence s, String target, int from) {
        return s.toString().indexOf(target, from);
    }
}
