package dev.aliendb.sql;

import java.sql.SQLException;
import java.util.List;

/**
 * The outcome of one execution. For a query: a forward cursor over rows (values are null, Long, Double,
 * String, byte[], BigDecimal, Boolean, LocalDate, LocalTime or LocalDateTime) that must be closed. For
 * anything else: an update count (-1 when not applicable) and, for inserts, the generated row ids.
 */
public interface SqlResult extends AutoCloseable {
    boolean isQuery();

    List<ColumnInfo> columns();

    /** Advances to the next row; false at the end. */
    boolean next() throws SQLException;

    /** Column value of the current row, 0-based. */
    Object get(int column) throws SQLException;

    long updateCount();

    List<Long> generatedKeys();

    @Override
    void close() throws SQLException;
}
