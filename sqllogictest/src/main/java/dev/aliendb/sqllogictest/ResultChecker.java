package dev.aliendb.sqllogictest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks a query's rendered result against its record, as the reference runner does: the rows are put in
 * the record's sort order (rowsort: rows compared value by value with strcmp; valuesort: every value sorted
 * on its own), then compared to the explicit values, or their MD5 (over each value followed by "\n") is
 * compared to "N values hashing to MD5". A labelled query must hash like every earlier query with that
 * label in the same file. One checker serves one file (labels are per file).
 */
final class ResultChecker {

    private final Map<String, String> labelHashes = new HashMap<>();

    /** Returns null when the result is right, otherwise a description of the difference. */
    String check(SltRecord.Query query, List<String[]> rows, int columns) {
        if (columns != query.types().length()) {
            return "expected " + query.types().length() + " columns, got " + columns;
        }
        List<String> values = ordered(query.sort(), rows);
        String hash = null;
        if (query.label() != null) {
            hash = md5(values);
            String previous = labelHashes.putIfAbsent(query.label(), hash);
            if (previous != null && !previous.equals(hash)) {
                return "result differs from earlier query with " + query.label();
            }
        }
        if (query.expected() instanceof SltRecord.Expected.Values expected) {
            return compare(expected.values(), values);
        }
        if (query.expected() instanceof SltRecord.Expected.Hash expected) {
            String actual = hash != null ? hash : md5(values);
            if (expected.count() != values.size() || !expected.md5().equals(actual)) {
                return "expected " + expected.count() + " values hashing to " + expected.md5() + ", got "
                        + values.size() + " values hashing to " + actual;
            }
        }
        return null;
    }

    static List<String> ordered(SltRecord.SortMode sort, List<String[]> rows) {
        List<String[]> sortedRows = new ArrayList<>(rows);
        if (sort == SltRecord.SortMode.ROWSORT) {
            sortedRows.sort(Arrays::compare);
        }
        List<String> values = new ArrayList<>();
        sortedRows.forEach(r -> values.addAll(Arrays.asList(r)));
        if (sort == SltRecord.SortMode.VALUESORT) {
            values.sort(null);
        }
        return values;
    }

    static String md5(List<String> values) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (String v : values) {
                md5.update(v.getBytes(StandardCharsets.UTF_8));
                md5.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }

    private static String compare(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "value " + (i + 1) + ": expected '" + expected.get(i) + "', got '" + actual.get(i) + "'";
            }
        }
        return expected.size() == actual.size() ? null
                : "expected " + expected.size() + " values, got " + actual.size();
    }
}
