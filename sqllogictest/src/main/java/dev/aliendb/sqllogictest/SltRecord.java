package dev.aliendb.sqllogictest;

import java.util.List;

/**
 * One executable record of a sqllogictest script, after the {@code skipif}/{@code onlyif} conditions that
 * precede it have been applied. {@code line} is the 1-based line of the record's command in its file.
 */
public sealed interface SltRecord {

    int line();

    /** {@code statement ok} or {@code statement error}: the SQL must succeed, or must fail. */
    record Statement(int line, String sql, boolean expectError) implements SltRecord {}

    /**
     * {@code query <types> <sort> [label]}. {@code types} holds one of I, R, T per result column;
     * {@code expected} is absent when the script gives no {@code ----} section (the query must only run).
     */
    record Query(int line, String sql, String types, SortMode sort, String label, Expected expected)
            implements SltRecord {}

    /** {@code hash-threshold N}: result sets with more than N values are written as a hash. */
    record HashThreshold(int line, int threshold) implements SltRecord {}

    /** What a {@code ----} section states: explicit values (one per line) or "N values hashing to MD5". */
    sealed interface Expected {
        record Values(List<String> values) implements Expected {}

        record Hash(int count, String md5) implements Expected {}
    }

    /** How result values are ordered before they are compared or hashed. */
    enum SortMode {
        NOSORT, ROWSORT, VALUESORT;

        static SortMode parse(String token) {
            return switch (token) {
                case "nosort" -> NOSORT;
                case "rowsort" -> ROWSORT;
                case "valuesort" -> VALUESORT;
                default -> throw new IllegalArgumentException("unknown sort mode '" + token + "'");
            };
        }
    }
}
