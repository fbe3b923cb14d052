package dev.aliendb.storage;

/** SQLite's {@code synchronous} levels, with SQLite's meaning. */
public enum SyncMode { OFF, NORMAL, FULL, EXTRA }
