package dev.aliendb.sql.session;

import dev.aliendb.sql.plan.PlannedStatement;

/**
 * A cached plan as one statement text uses it: the plan, and for a plan shared through its
 * {@link LiteralShape} the statement's own literal values, bound as the plan's parameters (the statement
 * itself then has no parameters). {@code literals} is null for a plan of the exact text.
 */
record Bound(PlannedStatement plan, Object[] literals) {

    /** The number of parameters the statement's user binds. */
    int userParameters() {
        return literals == null ? plan.parameterCount() : 0;
    }

    /** The plan's parameter values for the user's values (already converted from JDBC types). */
    Object[] parameters(Object[] user) throws java.sql.SQLException {
        if (user.length != userParameters()) {
            throw new java.sql.SQLException("wrong number of parameters: expected " + userParameters() + ", got "
                    + user.length, "07001");
        }
        return literals == null ? user : literals.clone();
    }
}
