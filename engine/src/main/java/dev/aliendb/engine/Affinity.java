package dev.aliendb.engine;

/** SQLite column affinity, derived from the declared type by SQLite's rules (section 3.1 of datatype3.html). */
public enum Affinity { INTEGER, REAL, NUMERIC, TEXT, BLOB }
