package dev.aliendb.sql.eval;

import java.sql.SQLException;

/** State of one aggregate for one group: fed input rows, then asked for the result once. */
public interface Accumulator {
    void add(Object[] inputRow, EvalContext ctx) throws SQLException;

    Object result() throws SQLException;
}
