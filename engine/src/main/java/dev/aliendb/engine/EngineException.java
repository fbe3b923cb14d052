package dev.aliendb.engine;

/**
 * Any failure below SQL, with the SQLSTATE the SQL layer reports: 23505 unique/primary key, 23502 NOT
 * NULL, 42S02 unknown table, 42S01 table exists, 40001 serialization conflict / busy, XX001 corruption,
 * 58030 I/O error, 25000-class for transaction state errors.
 */
public class EngineException extends Exception {
    private final String sqlState;

    public EngineException(String sqlState, String message) {
        super(message);
        this.sqlState = sqlState;
    }

    public EngineException(String sqlState, String message, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }
}
