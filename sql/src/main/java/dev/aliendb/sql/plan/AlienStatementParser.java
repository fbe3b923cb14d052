package dev.aliendb.sql.plan;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.sql.parser.AlienParser;
import dev.aliendb.sql.parser.ParsedStatement;
import dev.aliendb.sql.parser.ast.AlienInsert;
import java.sql.SQLException;
import java.util.List;

/** The SQLite-grammar parser (sql-parser's {@link AlienParser}) behind the planner's parser interface. */
public final class AlienStatementParser implements StatementParser {
    @Override
    public ParsedSql parse(String sql) throws SQLException {
        ParsedStatement p = AlienParser.parse(sql);
        ParsedSql.Explain explain = switch (p.explain()) {
            case NONE -> ParsedSql.Explain.NONE;
            case EXPLAIN -> ParsedSql.Explain.PLAN;
            case QUERY_PLAN -> ParsedSql.Explain.QUERY_PLAN;
        };
        ConflictAction onConflict = p.node() instanceof AlienInsert insert
                ? ConflictAction.valueOf(insert.action().name()) : ConflictAction.ABORT;
        return new ParsedSql(sql, p.node(), p.command(), p.parameterCount(), p.parameterNames(), explain, onConflict);
    }

    @Override
    public List<String> split(String script) throws SQLException {
        return AlienParser.split(script);
    }
}
