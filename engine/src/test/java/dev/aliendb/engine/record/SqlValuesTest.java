package dev.aliendb.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aliendb.engine.EngineException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Expected texts are SQLite 3.40's CAST(x AS TEXT). */
class SqlValuesTest {

    @Test
    void realsFormatLikeSqlite() {
        assertEquals("1.0e+20", SqlValues.formatReal(1e20));
        assertEquals("0.1", SqlValues.formatReal(0.1));
        assertEquals("1.0", SqlValues.formatReal(1.0));
        assertEquals("1.5e-05", SqlValues.formatReal(1.5e-5));
        assertEquals("0.3", SqlValues.formatReal(0.1 + 0.2));
        assertEquals("1.0e+15", SqlValues.formatReal(1e15));
        assertEquals("100000000000000.0", SqlValues.formatReal(1e14));
        assertEquals("-2.5", SqlValues.formatReal(-2.5));
        assertEquals("3.14159265358979", SqlValues.formatReal(Math.PI));
        assertEquals("0.0001", SqlValues.formatReal(1e-4));
        assertEquals("0.0", SqlValues.formatReal(-0.0));
        assertEquals("Inf", SqlValues.formatReal(Double.POSITIVE_INFINITY));
        assertEquals("123456789012346.0", SqlValues.formatReal(123456789012345.6));
        assertEquals("0.000123456789012346", SqlValues.formatReal(0.000123456789012345678));
        assertEquals("9.22337203685478e+18", SqlValues.formatReal(9223372036854775807.0));
    }

    @Test
    void temporalsRenderAsSqlText() {
        assertEquals("2024-01-02 03:04:05", SqlValues.temporalText(LocalDateTime.of(2024, 1, 2, 3, 4, 5)));
        assertEquals("10:00:00.5", SqlValues.temporalText(LocalTime.of(10, 0, 0, 500_000_000)));
    }

    @Test
    void normalizeWidensAndRejects() throws Exception {
        assertEquals(5L, SqlValues.normalize(5));
        assertEquals(null, SqlValues.normalize(Double.NaN));
        assertEquals(2.5, SqlValues.normalize(2.5f));
        EngineException e = assertThrows(EngineException.class, () -> SqlValues.normalize(new Object()));
        assertEquals("HY004", e.sqlState());
        assertEquals("a\ud83d\ude00b", SqlValues.normalize("a\ud83d\ude00b"));
        assertEquals("22021", assertThrows(EngineException.class, () -> SqlValues.normalize("a\ud83d")).sqlState());
        assertEquals("22021", assertThrows(EngineException.class, () -> SqlValues.normalize("\ude00b")).sqlState());
    }
}
