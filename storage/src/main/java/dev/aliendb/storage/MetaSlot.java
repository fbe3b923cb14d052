package dev.aliendb.storage;

/**
 * Named 64-bit slots in the file header that layers above may read and (in a write transaction) set.
 * Their values are versioned with the transaction like any page content.
 */
public enum MetaSlot {
    /** Root page of the catalog (schema) table tree; 0 until the engine creates it. */
    SCHEMA_ROOT,
    /** Incremented by the engine on every committed DDL. */
    SCHEMA_VERSION,
    /** PRAGMA user_version. */
    USER_VERSION,
    /** Free for the engine (e.g. catalog format version). */
    APPLICATION_ID
}
