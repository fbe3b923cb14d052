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

    /**
     * Column {@code index} (table column order) of the current row. Engine cursors decode only that column,
     * so a filter on one column need not decode the whole row.
     */
    default Object column(int index) throws EngineException {
        return row()[index];
    }

    @Override
    void close();
}
