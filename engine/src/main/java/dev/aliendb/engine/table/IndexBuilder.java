package dev.aliendb.engine.table;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.core.Errors;
import dev.aliendb.engine.record.KeyCodec;
import dev.aliendb.engine.record.RecordView;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.btree.BTrees;
import dev.aliendb.storage.btree.IndexTree;
import dev.aliendb.storage.btree.TableCursor;
import dev.aliendb.storage.page.PageAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fills a new, empty index from the rows already in its table (CREATE INDEX on a non-empty table): one scan
 * encodes every row's key, the keys are sorted, and the tree is built bottom-up from them
 * ({@link IndexTree#bulkLoad}: full pages, each written once, no search per key). A UNIQUE index fails with
 * 23505 before anything is written when two rows have equal non-NULL values, which the sort makes adjacent.
 * The keys are held in memory for the sort.
 */
public final class IndexBuilder {
    private IndexBuilder() {
    }

    /**
     * One index entry: the full key, its first 8 bytes as an unsigned number (zero-padded; comparing these
     * first orders most pairs without touching the arrays), and whether any indexed value is NULL (never a
     * UNIQUE conflict).
     */
    private record Entry(byte[] key, long head, boolean hasNull) {
        Entry(byte[] key, boolean hasNull) {
            this(key, head(key), hasNull);
        }

        static long head(byte[] key) {
            long head = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                head = head << 8 | (i < key.length ? key[i] & 0xff : 0);
            }
            return head;
        }

        int compareTo(Entry other) {
            int c = Long.compareUnsigned(head, other.head);
            return c != 0 ? c : Arrays.compareUnsigned(key, other.key);
        }
    }

    public static void build(PageAccess pages, TableDef table, IndexDef index) throws EngineException {
        TableLayout layout = new TableLayout(table);
        try {
            List<Entry> entries = new ArrayList<>();
            try (TableCursor c = BTrees.openTable(pages, table.rootPage()).cursor()) {
                for (boolean on = c.first(); on; on = c.next()) {
                    Object[] values = indexValues(layout, index, c.rowId(), RecordView.of(c.payload()));
                    entries.add(new Entry(KeyCodec.key(values, index.descending(), c.rowId()),
                            Arrays.asList(values).contains(null)));
                }
            }
            entries.sort(Entry::compareTo);
            List<byte[]> keys = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                if (index.unique() && !keys.isEmpty() && !e.hasNull && sameValues(keys.get(keys.size() - 1), e.key)) {
                    throw new EngineException("23505", "UNIQUE constraint failed: " + layout.describe(index));
                }
                keys.add(e.key);
            }
            BTrees.openIndex(pages, index.rootPage()).bulkLoad(keys);
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }

    /** The indexed values of a row, decoding only the indexed columns of its record. */
    private static Object[] indexValues(TableLayout layout, IndexDef index, long rowId, RecordView view) throws EngineException {
        Object[] values = new Object[index.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = layout.column(rowId, view, index.columns().get(i));
        }
        return values;
    }

    /** Whether two keys encode the same values (they differ at most in the trailing row id). */
    private static boolean sameValues(byte[] a, byte[] b) {
        int n = a.length - KeyCodec.ROWID_BYTES;
        return n == b.length - KeyCodec.ROWID_BYTES && Arrays.equals(a, 0, n, b, 0, n);
    }
}
