package dev.aliendb.storage;

/**
 * Modes of {@code PRAGMA wal_checkpoint}, with SQLite's names. In AlienDB a checkpoint never waits for
 * readers (old page images for snapshots live in the pager's version store), and every checkpoint that
 * completes restarts the log and truncates it to its header, so the modes differ only in whether they wait
 * for the writer: PASSIVE does not wait for a write transaction in progress; FULL, RESTART and TRUNCATE
 * wait for it (up to the busy timeout) and report busy when it does not finish in time.
 */
public enum WalCheckpoint { PASSIVE, FULL, RESTART, TRUNCATE }
