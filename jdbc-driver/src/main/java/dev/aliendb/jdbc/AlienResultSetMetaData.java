package dev.aliendb.jdbc;

import dev.aliendb.sql.ColumnInfo;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Result column descriptions from the SQL layer's {@link ColumnInfo}s. Sizes come from the declared type
 * text ({@link JdbcType}); the JDBC type code is the one the SQL layer reported.
 */
final class AlienResultSetMetaData implements ResultSetMetaData, AlienWrapper {
    private final List<ColumnInfo> columns;

    AlienResultSetMetaData(List<ColumnInfo> columns) {
        this.columns = columns;
    }

    private ColumnInfo column(int column) throws SQLException {
        SqlErrors.checkIndex(column, columns.size(), "column");
        return columns.get(column - 1);
    }

    private JdbcType type(int column) throws SQLException {
        return JdbcType.of(column(column).typeName());
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        int t = getColumnType(column);
        return t == Types.VARCHAR || t == Types.CHAR || t == Types.OTHER;
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        return column(column).nullable();
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return JdbcType.ofSqlType(getColumnType(column)).isNumeric();
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        int size = type(column).size();
        return size == JdbcType.UNLIMITED ? size : Math.max(size, getColumnLabel(column).length());
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return column(column).label();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return column(column).name();
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return type(column).size();
    }

    @Override
    public int getScale(int column) throws SQLException {
        return type(column).decimalDigits();
    }

    @Override
    public String getTableName(int column) throws SQLException {
        return column(column).table();
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return column(column).sqlType();
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return column(column).typeName();
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        return column(column).table().isEmpty();
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        return !isReadOnly(column);
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        ColumnInfo c = column(column);
        JdbcType t = JdbcType.of(c.typeName());
        return new JdbcType(c.sqlType(), t.typeName(), t.size(), t.decimalDigits()).className();
    }
}
