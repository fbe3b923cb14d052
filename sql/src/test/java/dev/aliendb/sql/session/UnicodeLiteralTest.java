package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aliendb.sql.SqlEngine;
import dev.aliendb.sql.SqlSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Character literals outside ISO-8859-1 are ordinary text (Calcite's default charset would refuse them). */
class UnicodeLiteralTest {
    @Test
    void literalsBeyondLatin1RoundTrip() throws Exception {
        try (SqlSession session = SqlEngine.openSession("mem:unicode-literals", Map.of())) {
            SqlFixture sql = new SqlFixture(session);
            assertEquals(List.of("€|日本語|😀"), sql.rows("SELECT '€', '日本語', '😀'"));
            sql.update("CREATE TABLE t(id INTEGER PRIMARY KEY, s TEXT)");
            sql.update("INSERT INTO t(s) VALUES ('Grüße, €5'), ('日本語')");
            assertEquals(List.of("1"), sql.rows("SELECT id FROM t WHERE s = 'Grüße, €5'"));
            assertEquals(List.of("2"), sql.rows("SELECT id FROM t WHERE s LIKE '日%'"));
        }
    }
}
