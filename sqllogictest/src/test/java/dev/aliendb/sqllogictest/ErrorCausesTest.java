package dev.aliendb.sqllogictest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ErrorCausesTest {

    @Test
    void alikeErrorsGroupUnderOneCause() {
        assertEquals(ErrorCauses.of(new SQLException("no such column: col3 in tab1", "42S22")),
                ErrorCauses.of(new SQLException("no such column: cor0 in tab2", "42S22")));
        assertEquals("[42000] syntax error near '?' at line N, column N",
                ErrorCauses.of(new SQLException("syntax error near 'FROM' at line 1, column 17\nSELECT ...", "42000")));
        assertEquals("value \"?\" too long", ErrorCauses.normalise("value \"abc\" too long"));
    }

    @Test
    void nonSqlExceptionsAreNamedByClass() {
        assertEquals("java.lang.IllegalStateException: boom", ErrorCauses.of(new IllegalStateException("boom")));
        assertEquals("java.lang.StackOverflowError: StackOverflowError", ErrorCauses.of(new StackOverflowError()));
    }

    @Test
    void causesAreBounded() {
        assertTrue(ErrorCauses.normalise("x".repeat(1000)).length() <= 143);
    }
}
