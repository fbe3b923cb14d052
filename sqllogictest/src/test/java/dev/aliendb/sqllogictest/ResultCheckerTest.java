package dev.aliendb.sqllogictest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCheckerTest {

    private static final List<String[]> ROWS = List.of(new String[] {"b", "2"}, new String[] {"a", "3"},
            new String[] {"b", "1"});

    private static SltRecord.Query query(String types, SltRecord.SortMode sort, String label,
                                         SltRecord.Expected expected) {
        return new SltRecord.Query(1, "SELECT", types, sort, label, expected);
    }

    @Test
    void sortModesOrderRenderedValues() {
        assertEquals(List.of("b", "2", "a", "3", "b", "1"), ResultChecker.ordered(SltRecord.SortMode.NOSORT, ROWS));
        assertEquals(List.of("a", "3", "b", "1", "b", "2"), ResultChecker.ordered(SltRecord.SortMode.ROWSORT, ROWS));
        assertEquals(List.of("1", "2", "3", "a", "b", "b"), ResultChecker.ordered(SltRecord.SortMode.VALUESORT, ROWS));
    }

    @Test
    void md5IsOverEachValueFollowedByNewline() {
        // reference values: printf '1\n' | md5sum, printf '1\n2\n' | md5sum, md5sum < /dev/null
        assertEquals("b026324c6904b2a9cb4b88d6d61c81d1", ResultChecker.md5(List.of("1")));
        assertEquals("6ddb4095eb719e2a9f0a3f95677d24e0", ResultChecker.md5(List.of("1", "2")));
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", ResultChecker.md5(List.of()));
    }

    @Test
    void comparesExplicitValuesAndHashes() {
        ResultChecker c = new ResultChecker();
        assertNull(c.check(query("TI", SltRecord.SortMode.ROWSORT, null,
                new SltRecord.Expected.Values(List.of("a", "3", "b", "1", "b", "2"))), ROWS, 2));
        assertTrue(c.check(query("TI", SltRecord.SortMode.NOSORT, null,
                new SltRecord.Expected.Values(List.of("a", "3", "b", "1", "b", "2"))), ROWS, 2).contains("value 1"));
        String hash = ResultChecker.md5(List.of("1", "2", "3", "a", "b", "b"));
        assertNull(c.check(query("TI", SltRecord.SortMode.VALUESORT, null, new SltRecord.Expected.Hash(6, hash)),
                ROWS, 2));
        assertTrue(c.check(query("TI", SltRecord.SortMode.NOSORT, null, new SltRecord.Expected.Hash(6, hash)),
                ROWS, 2).contains("hashing to"));
        assertTrue(c.check(query("T", SltRecord.SortMode.NOSORT, null, null), ROWS, 2).contains("columns"));
        assertNull(c.check(query("TI", SltRecord.SortMode.NOSORT, null, null), ROWS, 2));
    }

    @Test
    void queriesSharingALabelMustAgree() {
        ResultChecker c = new ResultChecker();
        assertNull(c.check(query("TI", SltRecord.SortMode.ROWSORT, "label-x", null), ROWS, 2));
        assertNull(c.check(query("TI", SltRecord.SortMode.ROWSORT, "label-x", null), List.of(ROWS.get(2), ROWS.get(1),
                ROWS.get(0)), 2));
        assertTrue(c.check(query("TI", SltRecord.SortMode.ROWSORT, "label-x", null), ROWS.subList(0, 2), 2)
                .contains("label-x"));
    }
}
