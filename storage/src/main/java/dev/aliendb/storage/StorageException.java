package dev.aliendb.storage;

import java.io.IOException;

/**
 * Any failure of the storage layer. Checked, so that callers above cannot forget that I/O fails.
 * {@link #sqlState()} gives the SQLSTATE the SQL layer reports for it; the storage layer knows nothing
 * of SQL beyond this five-character code.
 */
public class StorageException extends IOException {
    private final String sqlState;

    public StorageException(String sqlState, String message) {
        super(message);
        this.sqlState = sqlState;
    }

    public StorageException(String sqlState, String message, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** SQLSTATE class for the failure, e.g. {@code 58030} for an I/O error, {@code XX001} for corruption. */
    public String sqlState() {
        return sqlState;
    }
}
