package dev.aliendb.sql.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aliendb.sql.SqlEngine;
import dev.aliendb.sql.SqlSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PRAGMA journal_mode=WAL, wal_checkpoint, wal_autocheckpoint, wal_compression and CHECKPOINT through SQL. */
class WalPragmaTest {
    @TempDir
    Path dir;

    @Test
    void walPragmasReachTheStore() throws Exception {
        try (SqlSession session = SqlEngine.openSession(dir.resolve("w.db").toString(), Map.of())) {
            SqlFixture sql = new SqlFixture(session);
            assertEquals(List.of("wal"), sql.rows("PRAGMA journal_mode=WAL"));
            assertEquals(List.of("1000"), sql.rows("PRAGMA wal_autocheckpoint"));
            assertEquals(List.of("0"), sql.rows("PRAGMA wal_autocheckpoint=0"));
            assertEquals(List.of("0"), sql.rows("PRAGMA wal_compression=off"));
            assertEquals(List.of("1"), sql.rows("PRAGMA wal_compression=on"));
            sql.update("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)");
            for (int i = 0; i < 20; i++) {
                sql.update("INSERT INTO t(v) VALUES (?)", "row" + i);
            }
            List<String> passive = sql.rows("PRAGMA wal_checkpoint");
            assertEquals(1, passive.size());
            String[] cells = passive.get(0).split("\\|");
            assertEquals("0", cells[0]);
            assertEquals(cells[1], cells[2], "every frame in the log is checkpointed");
            assertEquals(List.of("0|0|0"), sql.rows("CHECKPOINT"), "the log restarted after the last checkpoint");
            assertEquals(List.of("0|0|0"), sql.rows("PRAGMA wal_checkpoint(TRUNCATE)"));
            assertEquals(List.of("20"), sql.rows("SELECT count(*) FROM t"));
            assertEquals("22023", sql.error("PRAGMA wal_checkpoint(SOMETIMES)").getSQLState());
            assertEquals(List.of("ok"), sql.rows("PRAGMA integrity_check"));
        }
    }

    @Test
    void checkpointOutsideWalReportsNoLog() throws Exception {
        try (SqlSession session = SqlEngine.openSession("mem:walpragma", Map.of())) {
            assertEquals(List.of("0|-1|-1"), new SqlFixture(session).rows("PRAGMA wal_checkpoint"));
        }
    }
}
