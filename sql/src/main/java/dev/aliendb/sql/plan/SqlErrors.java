package dev.aliendb.sql.plan;

import dev.aliendb.engine.EngineException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.validate.SqlValidatorException;

/**
 * Maps every failure that can come out of planning or execution to an {@link SQLException} with an SQLSTATE
 * and a message that names the problem: Calcite's validation messages are rewritten into SQLite's wording
 * ("no such table: t", "no such column: x") with the position appended; stack exhaustion becomes 54001;
 * anything unexpected is an internal error (XX000) and a bug.
 */
public final class SqlErrors {
    private static final Pattern[] PATTERNS = {
        Pattern.compile("Object '([^']*)' not found.*"),
        Pattern.compile("Table '([^']*)' not found.*"),
        Pattern.compile("Column '([^']*)' not found in (?:any table|table '[^']*').*"),
        Pattern.compile("Column '([^']*)' is ambiguous.*"),
        Pattern.compile("No match found for function signature ([^(]*).*"),
        Pattern.compile("Unknown identifier '([^']*)'.*"),
    };
    private static final String[] STATES = {"42S02", "42S02", "42S22", "42702", "42883", "42S22"};
    private static final String[] WORDING = {"no such table: ", "no such table: ", "no such column: ",
        "ambiguous column name: ", "no such function: ", "no such column: "};

    private SqlErrors() {
    }

    public static SQLException map(Throwable t) {
        if (t instanceof SQLException e) {
            return e;
        }
        if (t instanceof EngineException e) {
            return new SQLException(e.getMessage(), e.sqlState(), e);
        }
        if (t instanceof StackOverflowError) {
            return new SQLException("statement too complex: expression nesting exhausted the stack", "54001");
        }
        if (t instanceof OutOfMemoryError) {
            return new SQLException("out of memory while executing the statement", "53200");
        }
        if (t instanceof CalciteContextException e) {
            return validation(e);
        }
        if (t instanceof SqlParseException e) {
            if (e.getCause() instanceof StackOverflowError) {
                return map(e.getCause());
            }
            return new SQLException("syntax error: " + e.getMessage(), "42000", e);
        }
        Throwable cause = t.getCause();
        if (cause != null && cause != t && (cause instanceof SQLException || cause instanceof CalciteContextException
                || cause instanceof EngineException || cause instanceof StackOverflowError)) {
            return map(cause);
        }
        return new SQLException("internal error: " + t, "XX000", t);
    }

    private static SQLException validation(CalciteContextException e) {
        Throwable cause = e.getCause();
        String message = cause instanceof SqlValidatorException ? cause.getMessage() : e.getMessage();
        String where = e.getPosLine() > 0 ? " (line " + e.getPosLine() + ", column " + e.getPosColumn() + ")" : "";
        for (int i = 0; i < PATTERNS.length; i++) {
            Matcher m = PATTERNS[i].matcher(message);
            if (m.matches()) {
                return new SQLException(WORDING[i] + m.group(1) + where, STATES[i], e);
            }
        }
        String state = message.startsWith("Cannot apply") || message.contains("type") ? "42804" : "42000";
        return new SQLException(message + where, state, e);
    }
}
