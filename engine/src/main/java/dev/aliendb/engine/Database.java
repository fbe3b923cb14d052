package dev.aliendb.engine;

import dev.aliendb.storage.Store;
import java.util.List;

/**
 * One open database shared by every session of the process that opens the same file (the file is locked
 * for this process). Closed when the last session closes. Created by {@code Databases.open}.
 */
public interface Database {
    Session openSession() throws EngineException;

    /** The underlying store: PRAGMAs reach journal mode, cache size, statistics through it. */
    Store store();

    /** PRAGMA integrity_check: one line per problem, empty when sound. */
    List<String> integrityCheck() throws EngineException;

    long userVersion() throws EngineException;

    void setUserVersion(long version) throws EngineException;
}
