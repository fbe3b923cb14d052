package dev.aliendb.engine;

/**
 * Reads and writes one table inside the session's current transaction. Values are Java objects of the
 * SQLite storage classes: {@code null}, {@link Long}, {@link Double}, {@link String}, {@code byte[]}; plus
 * {@link java.math.BigDecimal}, {@link Boolean}, {@link java.time.LocalDate}, {@link java.time.LocalTime},
 * {@link java.time.LocalDateTime} for columns declared with those types. Writes apply the column affinity
 * (e.g. '12' into an INTEGER column is stored as 12), enforce NOT NULL, PRIMARY KEY and UNIQUE, and keep
 * every index of the table in step.
 */
public interface TableAccess {
    TableDef def();

    /** All rows in row-id order. */
    RowCursor scan() throws EngineException;

    /** Rows with row id in the range; a null bound is open. */
    RowCursor rowIdRange(Long low, boolean lowInclusive, Long high, boolean highInclusive) throws EngineException;

    /** The row with this id, or null. */
    Object[] get(long rowId) throws EngineException;

    /**
     * Rows whose index key lies in the range, in index order. Bounds are prefixes of the index's column
     * values (fewer values than indexed columns = prefix match); a null bound is open. SQLite comparison
     * order: NULL &lt; numbers (integers and reals compared by value) &lt; text &lt; blob.
     */
    RowCursor indexRange(String indexName, Object[] low, boolean lowInclusive, Object[] high, boolean highInclusive)
            throws EngineException;

    /**
     * Inserts a row (values in column order; a null row-id alias column means "assign one": max + 1, or for
     * AUTOINCREMENT never reused). Returns the row id, or -1 if {@link ConflictAction#IGNORE} skipped it.
     */
    long insert(Object[] row, ConflictAction onConflict) throws EngineException;

    /** Replaces the row {@code rowId} (the row id may change if the alias column changed). */
    void update(long rowId, Object[] newRow, ConflictAction onConflict) throws EngineException;

    /** Deletes the row; returns false if absent. */
    boolean delete(long rowId) throws EngineException;
}
