package dev.aliendb.sql.exec;

/** A cursor over one table's rows that also knows the row id of the row last returned (for UPDATE/DELETE). */
public interface TableRowCursor extends Cursor {
    long rowId();
}
