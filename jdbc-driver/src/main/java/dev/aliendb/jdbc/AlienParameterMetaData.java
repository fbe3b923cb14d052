package dev.aliendb.jdbc;

import dev.aliendb.sql.PreparedSql;
import java.sql.ParameterMetaData;
import java.sql.SQLException;

/**
 * Parameter descriptions of a prepared statement. Types are what the SQL layer inferred (Types.OTHER when it
 * could not tell); all parameters are IN and nullable as far as the driver knows.
 */
final class AlienParameterMetaData implements ParameterMetaData, AlienWrapper {
    private final PreparedSql prepared;

    AlienParameterMetaData(PreparedSql prepared) {
        this.prepared = prepared;
    }

    private JdbcType type(int param) throws SQLException {
        SqlErrors.checkIndex(param, prepared.parameterCount(), "parameter");
        return JdbcType.ofSqlType(prepared.parameterType(param - 1));
    }

    @Override
    public int getParameterCount() {
        return prepared.parameterCount();
    }

    @Override
    public int isNullable(int param) throws SQLException {
        type(param);
        return parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        return type(param).isNumeric();
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        int size = type(param).size();
        return size == JdbcType.UNLIMITED ? 0 : size;
    }

    @Override
    public int getScale(int param) throws SQLException {
        return type(param).decimalDigits();
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        return type(param).sqlType();
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        return type(param).typeName();
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        return type(param).className();
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        type(param);
        return parameterModeIn;
    }
}
