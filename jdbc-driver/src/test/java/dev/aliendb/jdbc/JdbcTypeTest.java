package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aliendb.engine.Affinity;
import java.sql.Types;
import org.junit.jupiter.api.Test;

class JdbcTypeTest {
    @Test
    void declaredTypesMapToJdbcTypes() {
        assertEquals(new JdbcType(Types.VARCHAR, "VARCHAR", 120, 0), JdbcType.of("varchar(120)", Affinity.TEXT));
        assertEquals(new JdbcType(Types.DECIMAL, "DECIMAL", 10, 2), JdbcType.of("DECIMAL(10, 2)", Affinity.NUMERIC));
        assertEquals(Types.INTEGER, JdbcType.of("INTEGER", Affinity.INTEGER).sqlType());
        assertEquals(Types.BIGINT, JdbcType.of("BIGINT", Affinity.INTEGER).sqlType());
        assertEquals(Types.DOUBLE, JdbcType.of("double precision", Affinity.REAL).sqlType());
        assertEquals(Types.TIMESTAMP, JdbcType.of("DATETIME", Affinity.NUMERIC).sqlType());
        assertEquals(Types.BOOLEAN, JdbcType.of("BOOLEAN", Affinity.NUMERIC).sqlType());
        assertEquals(Types.BLOB, JdbcType.of("BLOB", Affinity.BLOB).sqlType());
        assertEquals(JdbcType.UNLIMITED, JdbcType.of("TEXT", Affinity.TEXT).size());
    }

    @Test
    void unknownNamesFallBackOnAffinity() {
        assertEquals(Types.BIGINT, JdbcType.of("UNSIGNED INTEGERISH", Affinity.INTEGER).sqlType());
        assertEquals(Types.VARCHAR, JdbcType.of("NAME_TEXT", Affinity.TEXT).sqlType());
        assertEquals(Types.OTHER, JdbcType.of("", Affinity.BLOB).sqlType());
        assertEquals(Types.DOUBLE, JdbcType.of("FLOATING POINT", Affinity.REAL).sqlType());
        assertEquals(Types.OTHER, JdbcType.of("(((", Affinity.BLOB).sqlType());
    }

    @Test
    void bareTypeCodes() {
        assertEquals("INTEGER", JdbcType.ofSqlType(Types.INTEGER).typeName());
        assertEquals(Types.OTHER, JdbcType.ofSqlType(Types.OTHER).sqlType());
    }
}
