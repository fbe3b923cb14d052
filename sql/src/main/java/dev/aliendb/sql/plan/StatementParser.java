package dev.aliendb.sql.plan;

import java.sql.SQLException;

/** Turns one statement's text into a {@link ParsedSql}; syntax errors are SQLExceptions with SQLSTATE 42000. */
public interface StatementParser {
    ParsedSql parse(String sql) throws SQLException;

    /** Splits a script into statement texts. */
    java.util.List<String> split(String script) throws SQLException;
}
