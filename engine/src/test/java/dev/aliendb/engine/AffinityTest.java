package dev.aliendb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Expected values taken from SQLite 3.40 (typeof() after storing into columns of each affinity). */
class AffinityTest {

    @Test
    void declaredTypesMapBySqliteRules() {
        assertEquals(Affinity.INTEGER, Affinity.of("BIGINT"));
        assertEquals(Affinity.INTEGER, Affinity.of("point int")); // "INT" anywhere wins, even in FLOATING POINT
        assertEquals(Affinity.INTEGER, Affinity.of("FLOATING POINT"));
        assertEquals(Affinity.TEXT, Affinity.of("varchar(120)"));
        assertEquals(Affinity.TEXT, Affinity.of("CLOB"));
        assertEquals(Affinity.BLOB, Affinity.of("blob"));
        assertEquals(Affinity.BLOB, Affinity.of(""));
        assertEquals(Affinity.BLOB, Affinity.of(null));
        assertEquals(Affinity.REAL, Affinity.of("DOUBLE PRECISION"));
        assertEquals(Affinity.REAL, Affinity.of("float"));
        assertEquals(Affinity.NUMERIC, Affinity.of("DECIMAL(10,2)"));
        assertEquals(Affinity.NUMERIC, Affinity.of("BOOLEAN"));
        assertEquals(Affinity.NUMERIC, Affinity.of("DATE"));
        assertEquals(Affinity.NUMERIC, Affinity.of("TIMESTAMP"));
    }

    @Test
    void integerAffinityConvertsNumericTextAndIntegralReals() {
        assertEquals(12L, Affinity.INTEGER.apply(" 12 "));
        assertEquals(1000L, Affinity.INTEGER.apply("1e3"));
        assertEquals(5L, Affinity.INTEGER.apply("5."));
        assertEquals(0.5, Affinity.INTEGER.apply(".5"));
        assertEquals("0x10", Affinity.INTEGER.apply("0x10"));
        assertEquals("12abc", Affinity.INTEGER.apply("12abc"));
        assertEquals("  ", Affinity.INTEGER.apply("  "));
        assertEquals(1L, Affinity.INTEGER.apply(1.0));
        assertEquals(1.5, Affinity.INTEGER.apply(1.5));
        assertEquals(Long.MAX_VALUE, Affinity.INTEGER.apply("9223372036854775807"));
        assertEquals(9.223372036854775807E18, Affinity.INTEGER.apply("9223372036854775808"));
        assertEquals(9.223372036854775807E18, Affinity.INTEGER.apply(9.223372036854775807E18));
        assertEquals(Double.POSITIVE_INFINITY, Affinity.INTEGER.apply("1e400"));
        assertEquals(0L, Affinity.INTEGER.apply("-0"));
        assertEquals(7L, Affinity.INTEGER.apply("+7"));
        assertEquals(1L, Affinity.INTEGER.apply(Boolean.TRUE));
        assertEquals(3L, Affinity.INTEGER.apply(new BigDecimal("3.00")));
        assertEquals("Infinity", Affinity.INTEGER.apply("Infinity"));
    }

    @Test
    void realAffinityMakesReals() {
        assertEquals(12.0, Affinity.REAL.apply(" 12 "));
        assertEquals(1.0, Affinity.REAL.apply(1L));
        assertEquals("abc", Affinity.REAL.apply("abc"));
    }

    @Test
    void numericAffinityKeepsExtendedTypes() {
        BigDecimal price = new BigDecimal("12.50");
        assertEquals(price, Affinity.NUMERIC.apply(price));
        assertEquals(Boolean.TRUE, Affinity.NUMERIC.apply(Boolean.TRUE));
        LocalDate day = LocalDate.of(2024, 2, 29);
        assertEquals(day, Affinity.NUMERIC.apply(day));
        assertEquals("2024-02-29", Affinity.NUMERIC.apply("2024-02-29"));
        assertEquals(1000000000000000000L, Affinity.NUMERIC.apply(1e18));
    }

    @Test
    void textAffinityRendersNumbersAsSqliteDoes() {
        assertEquals("1.0", Affinity.TEXT.apply(1.0));
        assertEquals("12", Affinity.TEXT.apply(12L));
        assertEquals("1.0e+20", Affinity.TEXT.apply(1e20));
        assertEquals("1.23456789012346e+17", Affinity.TEXT.apply(123456789012345678.0));
        assertEquals("2024-02-29", Affinity.TEXT.apply(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void blobAffinityChangesNothing() {
        assertEquals("12", Affinity.BLOB.apply("12"));
        assertEquals(1.0, Affinity.BLOB.apply(1.0));
    }
}
