package dev.aliendb.storage.vfs;

import dev.aliendb.storage.StorageException;
import java.io.IOException;

/** Maps I/O failures to {@link StorageException}s with the SQLSTATEs the layers above report. */
public final class IoErrors {
    /** SQLSTATE for a failed read, write, sync or open. */
    public static final String IO_ERROR = "58030";
    /** SQLSTATE for "disk full". */
    public static final String DISK_FULL = "53100";
    /** SQLSTATE for a file locked by another process. */
    public static final String LOCKED = "55006";

    private IoErrors() {
    }

    public static StorageException ioError(String what, String path, IOException cause) {
        String message = cause.getMessage();
        if (message != null && message.contains("No space left on device")) {
            return diskFull(path, cause);
        }
        return new StorageException(IO_ERROR, "disk I/O error during " + what + ": " + path
                + (message == null ? "" : " (" + message + ")"), cause);
    }

    public static StorageException diskFull(String path, Throwable cause) {
        return new StorageException(DISK_FULL, "database or disk is full: " + path, cause);
    }

    public static StorageException locked(String path) {
        return new StorageException(LOCKED, "database is locked by another process: " + path);
    }
}
