package dev.aliendb.jdbc;

import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * A savepoint of one connection: named by the application, or unnamed with a connection-unique id (the SQL
 * layer knows it by the generated name {@code SP_<id>}).
 */
final class AlienSavepoint implements Savepoint {
    private final AlienConnection owner;
    private final int id;
    private final String name;

    private AlienSavepoint(AlienConnection owner, int id, String name) {
        this.owner = owner;
        this.id = id;
        this.name = name;
    }

    static AlienSavepoint named(AlienConnection owner, String name) {
        return new AlienSavepoint(owner, 0, name);
    }

    static AlienSavepoint unnamed(AlienConnection owner, int id) {
        return new AlienSavepoint(owner, id, null);
    }

    AlienConnection owner() {
        return owner;
    }

    /** The name under which the SQL layer knows this savepoint. */
    String sqlName() {
        return name != null ? name : "SP_" + id;
    }

    @Override
    public int getSavepointId() throws SQLException {
        if (name != null) {
            throw new SQLException("savepoint '" + name + "' is named and has no id", SqlErrors.INVALID_ARGUMENT);
        }
        return id;
    }

    @Override
    public String getSavepointName() throws SQLException {
        if (name == null) {
            throw new SQLException("savepoint " + id + " is unnamed", SqlErrors.INVALID_ARGUMENT);
        }
        return name;
    }

    @Override
    public String toString() {
        return sqlName();
    }
}
