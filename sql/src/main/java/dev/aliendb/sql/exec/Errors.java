package dev.aliendb.sql.exec;

import dev.aliendb.engine.EngineException;
import java.sql.SQLException;

/** Turns lower-layer failures into {@link SQLException}s that keep the SQLSTATE and message. */
public final class Errors {
    private Errors() {
    }

    public static SQLException of(EngineException e) {
        return new SQLException(e.getMessage(), e.sqlState(), e);
    }

    public static SQLException unsupported(String what) {
        return new SQLException("not supported: " + what, "0A000");
    }
}
