package dev.aliendb.sql.exec;

import dev.aliendb.sql.eval.SqlValues;
import java.util.Comparator;
import java.util.List;

/** One ORDER BY term: a field of the input row, its direction and where NULLs go. */
public record SortKey(int field, boolean descending, boolean nullsFirst) {

    /** The row order for a list of keys, with SQLite's value order (NULL, numbers, text, blob). */
    public static Comparator<Object[]> comparator(List<SortKey> keys) {
        SortKey[] k = keys.toArray(new SortKey[0]);
        return (a, b) -> {
            for (SortKey key : k) {
                Object x = a[key.field];
                Object y = b[key.field];
                int c;
                if (x == null || y == null) {
                    c = x == y ? 0 : (x == null) == key.nullsFirst ? -1 : 1;
                } else {
                    c = SqlValues.compare(x, y);
                    if (key.descending) {
                        c = -c;
                    }
                }
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    @Override
    public String toString() {
        return "$" + field + (descending ? " DESC" : "");
    }
}
