package dev.aliendb.sql.exec;

/** A cursor with no rows. */
final class EmptyCursor implements TableRowCursor {
    static final EmptyCursor TABLE = new EmptyCursor();

    private EmptyCursor() {
    }

    @Override
    public Object[] next() {
        return null;
    }

    @Override
    public long rowId() {
        throw new IllegalStateException("no current row");
    }

    @Override
    public void close() {
    }
}
