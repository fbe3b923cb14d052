package dev.aliendb.engine.table;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.core.Errors;
import dev.aliendb.engine.record.KeyCodec;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.btree.BTrees;
import dev.aliendb.storage.btree.IndexTree;
import dev.aliendb.storage.btree.TableCursor;
import dev.aliendb.storage.page.PageAccess;
import java.util.Arrays;

/**
 * Fills a new index from the rows already in its table (CREATE INDEX on a non-empty table). A UNIQUE index
 * that finds two rows with equal non-NULL values fails with 23505; the caller's savepoint discards the
 * half-built tree.
 */
public final class IndexBuilder {
    private IndexBuilder() {
    }

    public static void build(PageAccess pages, TableDef table, IndexDef index) throws EngineException {
        TableLayout layout = new TableLayout(table);
        try {
            IndexTree tree = BTrees.openIndex(pages, index.rootPage());
            try (TableCursor c = BTrees.openTable(pages, table.rootPage()).cursor()) {
                for (boolean on = c.first(); on; on = c.next()) {
                    Object[] row = layout.decode(c.rowId(), c.payload());
                    Object[] values = layout.indexValues(index, row);
                    if (index.unique() && !Arrays.asList(values).contains(null)
                            && IndexProbe.conflicting(tree, KeyCodec.prefix(values, values.length, index.descending()), null) != null) {
                        throw new EngineException("23505", "UNIQUE constraint failed: " + layout.describe(index));
                    }
                    tree.insert(KeyCodec.key(values, index.descending(), c.rowId()));
                }
            }
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
    }
}
