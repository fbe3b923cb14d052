package dev.aliendb.engine.core;

import dev.aliendb.engine.EngineException;
import dev.aliendb.storage.StorageException;

/** Translation of storage failures into engine exceptions (same SQLSTATE and message). */
public final class Errors {
    private Errors() {
    }

    public static EngineException wrap(StorageException e) {
        return new EngineException(e.sqlState(), e.getMessage(), e);
    }
}
