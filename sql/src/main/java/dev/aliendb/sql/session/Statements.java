package dev.aliendb.sql.session;

import dev.aliendb.engine.Catalog;
import dev.aliendb.sql.plan.AlienStatementParser;
import dev.aliendb.sql.plan.ParsedSql;
import dev.aliendb.sql.plan.PlannedStatement;
import dev.aliendb.sql.plan.Planner;
import dev.aliendb.sql.plan.StatementParser;
import java.sql.SQLException;
import java.util.List;

/**
 * Statement text to plan: the plan cache first, then parse and plan. Which parser is used is decided here
 * and only here.
 */
final class Statements {
    private final StatementParser parser = new AlienStatementParser();
    private final Planner planner = new Planner(parser);
    private final SharedState shared;

    Statements(SharedState shared) {
        this.shared = shared;
    }

    PlannedStatement plan(Catalog catalog, String sql) throws SQLException {
        PlannedStatement plan = shared.plans.get(sql, catalog.version());
        if (plan != null) {
            return plan;
        }
        ParsedSql parsed = parser.parse(sql);
        plan = planner.plan(shared.snapshot(catalog, planner), parsed);
        shared.plans.put(sql, plan);
        return plan;
    }

    List<String> split(String script) throws SQLException {
        return parser.split(script);
    }
}
