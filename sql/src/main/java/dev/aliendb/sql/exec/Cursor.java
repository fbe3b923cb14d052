package dev.aliendb.sql.exec;

import java.sql.SQLException;

/**
 * A pull iterator over rows produced by an {@link Operator}. {@link #next()} returns a row the caller may
 * keep (operators never reuse a returned array), or null at the end. {@link #close()} releases engine
 * cursors and is idempotent.
 */
public interface Cursor extends AutoCloseable {
    Object[] next() throws SQLException;

    @Override
    void close();
}
