package dev.aliendb.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SqlBufferTest {
    @Test
    void completeWhenEndingWithSemicolonOutsideQuotesAndComments() {
        assertTrue(SqlBuffer.isComplete("SELECT 1;"));
        assertTrue(SqlBuffer.isComplete("SELECT 1;  -- trailing comment"));
        assertTrue(SqlBuffer.isComplete("SELECT ';' ;"));
        assertFalse(SqlBuffer.isComplete("SELECT 1"));
        assertFalse(SqlBuffer.isComplete("SELECT ';"));
        assertFalse(SqlBuffer.isComplete("SELECT 1 -- ;"));
        assertFalse(SqlBuffer.isComplete("SELECT 1 /* ; */"));
        assertFalse(SqlBuffer.isComplete("SELECT 1 /* ;"));
        assertFalse(SqlBuffer.isComplete("SELECT \"a;"));
        assertTrue(SqlBuffer.isComplete("SELECT [a;b] FROM t;"));
        assertTrue(SqlBuffer.isComplete("SELECT 'it''s';"));
    }

    @Test
    void triggersNeedTheirEnd() {
        assertFalse(SqlBuffer.isComplete("CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES (1);"));
        assertTrue(SqlBuffer.isComplete("CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES (1); END;"));
        assertTrue(SqlBuffer.isComplete("create temp trigger tr after insert on t begin select 1; end ;"));
    }

    @Test
    void collectsLinesUntilComplete() {
        SqlBuffer b = new SqlBuffer();
        assertTrue(b.isEmpty());
        b.append("SELECT 1,");
        assertFalse(b.isComplete());
        b.append("  2;");
        assertTrue(b.isComplete());
        assertEquals("SELECT 1,\n  2;", b.take());
        assertTrue(b.isEmpty());
    }
}
