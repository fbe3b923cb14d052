package dev.aliendb.engine;

/**
 * Transaction isolation levels of a {@link Session}. Every level reads committed data only; they differ in
 * which snapshot reads see and what is validated when a transaction with an older snapshot starts writing
 * (the engine's {@code Transaction} header has the full rules).
 */
public enum Isolation {
    /** A fresh snapshot per statement; concurrent commits between statements are visible. */
    READ_COMMITTED,
    /** Snapshot isolation: one snapshot per transaction, first committer wins on every written row. */
    REPEATABLE_READ,
    /** Snapshot reads validated against concurrent commits: every committed transaction has a serial order. */
    SERIALIZABLE
}
