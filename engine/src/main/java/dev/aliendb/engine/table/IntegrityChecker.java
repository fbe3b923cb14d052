package dev.aliendb.engine.table;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.catalog.CatalogSnapshot;
import dev.aliendb.engine.core.Errors;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.btree.BTrees;
import dev.aliendb.storage.btree.IndexCursor;
import dev.aliendb.storage.btree.IndexTree;
import dev.aliendb.storage.btree.TableCursor;
import dev.aliendb.storage.page.PageAccess;
import java.util.ArrayList;
import java.util.List;

/**
 * Engine-level consistency checks for PRAGMA integrity_check, run after the structural check of the trees:
 * every row decodes, every row has its entry in each index of its table, and each index has exactly as
 * many entries as the table has rows (with the former, every entry then points at a row with matching
 * values). Reports at most {@value #MAX_PROBLEMS} problems.
 */
public final class IntegrityChecker {
    private static final int MAX_PROBLEMS = 100;

    private IntegrityChecker() {
    }

    public static List<String> check(PageAccess pages, CatalogSnapshot catalog) throws EngineException {
        List<String> problems = new ArrayList<>();
        try {
            for (TableDef table : catalog.tables()) {
                checkTable(pages, table, catalog.indexesOf(table.name()), problems);
            }
        } catch (StorageException e) {
            throw Errors.wrap(e);
        }
        return problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
    }

    private static void checkTable(PageAccess pages, TableDef table, List<IndexDef> indexes, List<String> problems)
            throws StorageException, EngineException {
        TableLayout layout = new TableLayout(table);
        List<IndexTree> trees = new ArrayList<>();
        for (IndexDef index : indexes) {
            trees.add(BTrees.openIndex(pages, index.rootPage()));
        }
        long rows = 0;
        try (TableCursor c = BTrees.openTable(pages, table.rootPage()).cursor()) {
            for (boolean on = c.first(); on && problems.size() <= MAX_PROBLEMS; on = c.next()) {
                rows++;
                Object[] row;
                try {
                    row = layout.decode(c.rowId(), c.payload());
                } catch (EngineException e) {
                    problems.add("row " + c.rowId() + " of table " + table.name() + ": " + e.getMessage());
                    continue;
                }
                for (int i = 0; i < indexes.size(); i++) {
                    if (!trees.get(i).contains(layout.key(indexes.get(i), row, c.rowId()))) {
                        problems.add("row " + c.rowId() + " missing from index " + indexes.get(i).name());
                    }
                }
            }
        }
        for (int i = 0; i < indexes.size(); i++) {
            long entries = 0;
            try (IndexCursor c = trees.get(i).cursor()) {
                for (boolean on = c.first(); on; on = c.next()) {
                    entries++;
                }
            }
            if (entries != rows) {
                problems.add("wrong # of entries in index " + indexes.get(i).name() + ": " + entries + " for "
                        + rows + " rows of table " + table.name());
            }
        }
    }
}
