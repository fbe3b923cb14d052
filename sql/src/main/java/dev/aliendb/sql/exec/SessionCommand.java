package dev.aliendb.sql.exec;

import dev.aliendb.engine.EngineException;
import java.sql.SQLException;

/**
 * A statement that acts on the session, catalog or database directly (DDL, transaction control, PRAGMA)
 * rather than through an operator tree.
 */
public final class SessionCommand implements Executable {
    /** The command's effect. */
    public interface Action {
        Outcome run(ExecContext ctx) throws SQLException, EngineException;
    }

    private final String text;
    private final boolean writes;
    private final boolean transactional;
    private final Action action;

    /**
     * @param writes        needs a write transaction (DDL)
     * @param transactional runs inside the engine's statement protocol (false for BEGIN/COMMIT/PRAGMA...)
     */
    public SessionCommand(String text, boolean writes, boolean transactional, Action action) {
        this.text = text;
        this.writes = writes;
        this.transactional = transactional;
        this.action = action;
    }

    @Override
    public Outcome run(ExecContext ctx) throws SQLException {
        try {
            return action.run(ctx);
        } catch (EngineException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public boolean writes() {
        return writes;
    }

    @Override
    public boolean transactional() {
        return transactional;
    }

    @Override
    public String explain() {
        return text;
    }
}
