package dev.aliendb.sql.exec;

import java.sql.SQLException;

/** An access path over one table: its cursors know the row id of each row (UPDATE and DELETE need it). */
public interface TableOperator extends Operator {
    @Override
    TableRowCursor open(ExecContext ctx) throws SQLException;
}
