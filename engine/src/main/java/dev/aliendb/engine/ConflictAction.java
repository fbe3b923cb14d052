package dev.aliendb.engine;

/** What an insert/update does on a UNIQUE/PRIMARY KEY conflict (SQLite's ON CONFLICT algorithms). */
public enum ConflictAction { ABORT, FAIL, IGNORE, REPLACE, ROLLBACK }
