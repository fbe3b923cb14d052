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

    /** A storage call returning an int (savepoint levels; 0 for void calls). */
    interface StorageCall {
        int run() throws StorageException;
    }

    static int call(StorageCall call) throws EngineException {
        try {
            return call.run();
        } catch (StorageException e) {
            throw wrap(e);
        }
    }
}
