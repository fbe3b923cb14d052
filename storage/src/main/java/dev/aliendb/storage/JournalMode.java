package dev.aliendb.storage;

/** SQLite's journal modes. WAL is implemented by the WAL issue; the others by the rollback journal. */
public enum JournalMode { DELETE, TRUNCATE, PERSIST, MEMORY, OFF, WAL }
