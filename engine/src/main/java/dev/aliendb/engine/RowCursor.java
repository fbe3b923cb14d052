package dev.aliendb.engine;

/**
 * A forward iteration over rows. {@link #row()} returns the row's column values in table column order
 * (the row-id alias column, if any, holds the row id); the array may be reused by the next call to
 * {@link #next()}, so copy what you keep.
 */
public interface RowCursor extends AutoCloseable {
    boolean next() throws EngineException;

    long rowId();

    Object[] row() throws EngineException;

    @Override
    void close();
}
