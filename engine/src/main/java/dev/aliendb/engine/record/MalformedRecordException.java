package dev.aliendb.engine.record;

import dev.aliendb.engine.EngineException;

/** A stored record or key that cannot be decoded: SQLSTATE XX001, SQLite's "malformed" message. */
public final class MalformedRecordException extends EngineException {
    public MalformedRecordException(String detail) {
        super("XX001", "database disk image is malformed: " + detail);
    }
}
