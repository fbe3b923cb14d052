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
 * Statement text to plan: the plan cache by exact text first, then by the text's {@link LiteralShape}, and
 * only then parse and plan the text itself. A shape is planned when it is seen for the second time (so
 * one-off statements, the sqllogictest workload, never pay for planning a shape) and once per catalog
 * version; a shape that fails to plan (a literal whose type the validator needed, say) is remembered as
 * such, so its statements cost one extra cache probe, not a second planning. Which parser is used is
 * decided here and only here.
 */
final class Statements {
    private final StatementParser parser = new AlienStatementParser();
    private final Planner planner = new Planner(parser);
    private final SharedState shared;

    Statements(SharedState shared) {
        this.shared = shared;
    }

    Bound plan(Catalog catalog, String sql) throws SQLException {
        long version = catalog.version();
        PlanCache.Entry exact = shared.plans.get(sql, version);
        if (exact != null && exact.plan() != null) {
            return new Bound(exact.plan(), null);
        }
        LiteralShape.Shape shape = LiteralShape.of(sql);
        if (shape != null) {
            PlanCache.Entry entry = shared.plans.get(shape.text(), version);
            if (entry == null) {
                shared.plans.putShape(shape.text(), version, true); // planned when it comes back
            } else {
                PlannedStatement plan = entry.plan() == null && entry.plannable() ? planShape(catalog, shape)
                        : entry.plan();
                if (plan != null) {
                    return new Bound(plan, shape.values());
                }
            }
        }
        PlannedStatement plan = planner.plan(shared.snapshot(catalog, planner), parser.parse(sql));
        shared.plans.put(sql, plan);
        return new Bound(plan, null);
    }

    /** Plans a literal shape and caches the outcome; null when the shape does not plan. */
    private PlannedStatement planShape(Catalog catalog, LiteralShape.Shape shape) {
        PlannedStatement plan;
        try {
            plan = planner.plan(shared.snapshot(catalog, planner), parser.parse(shape.text()));
        } catch (SQLException | RuntimeException | AssertionError | StackOverflowError e) {
            plan = null;
        }
        if (plan == null || plan.parameterCount() != shape.values().length
                || plan.catalogVersion() != catalog.version()) {
            shared.plans.putShape(shape.text(), catalog.version(), false);
            return null;
        }
        shared.plans.put(shape.text(), plan);
        return plan;
    }

    List<String> split(String script) throws SQLException {
        return parser.split(script);
    }
}
