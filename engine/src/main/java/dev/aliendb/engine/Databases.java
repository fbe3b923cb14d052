package dev.aliendb.engine;

import java.util.Map;

/**
 * Opens databases. {@code path} is a file path, or {@code "mem:<name>"} for a named in-memory database that
 * lives while any session on it is open. Options: journal_mode, synchronous, cache_size, page_size,
 * busy_timeout, read_only, create (SQLite spellings, case-insensitive values). Opening the same canonical
 * path twice in one process returns the same shared {@link Database}.
 */
public final class Databases {
    private Databases() {
    }

    public static Database open(String path, Map<String, String> options) throws EngineException {
        return dev.aliendb.engine.core.DatabaseRegistry.open(path, options);
    }
}
