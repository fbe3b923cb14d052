package dev.aliendb.sqllogictest;

import java.sql.SQLException;

/**
 * Turns an exception into a failure cause that groups alike errors: the SQLSTATE (if any) and the message
 * with quoted names, numbers and text after the first line removed, cut to a bounded length.
 */
final class ErrorCauses {

    private static final int MAX = 140;

    private ErrorCauses() {}

    static String of(Throwable t) {
        String state = t instanceof SQLException e && e.getSQLState() != null ? "[" + e.getSQLState() + "] " : "";
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (!(t instanceof SQLException)) {
            message = t.getClass().getName() + ": " + message;
        }
        return state + normalise(message);
    }

    static String normalise(String message) {
        String first = message.lines().findFirst().orElse("").strip();
        String n = first.replaceAll("'[^']*'", "'?'")
                .replaceAll("\"[^\"]*\"", "\"?\"")
                .replaceAll("`[^`]*`", "`?`")
                .replaceAll("\\b\\d+(\\.\\d+)?\\b", "N")
                .replaceAll("\\b[A-Za-z_]\\w*\\d\\w*\\b", "<name>");
        return n.length() > MAX ? n.substring(0, MAX) + "..." : n;
    }
}
