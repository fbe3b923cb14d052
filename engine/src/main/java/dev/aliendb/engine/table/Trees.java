package dev.aliendb.engine.table;

import dev.aliendb.engine.EngineException;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.TableDef;
import dev.aliendb.engine.core.Errors;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.btree.BTrees;
import dev.aliendb.storage.btree.IndexTree;
import dev.aliendb.storage.btree.TableTree;
import dev.aliendb.storage.page.PageAccess;
import java.util.HashMap;
import java.util.Map;

/**
 * The B-trees of one table and its indexes, opened on the session's current page view and reopened when
 * that view changes (new snapshot, write transaction acquired). Callers compare the returned objects to
 * notice such a change.
 */
final class Trees {
    private final TxnContext ctx;
    private final TableDef def;
    private PageAccess pages;
    private TableTree table;
    private final Map<String, IndexTree> indexes = new HashMap<>();

    Trees(TxnContext ctx, TableDef def) {
        this.ctx = ctx;
        this.def = def;
    }

    TableTree table() throws EngineException {
        refresh();
        if (table == null) {
            try {
                table = BTrees.openTable(pages, def.rootPage());
            } catch (StorageException e) {
                throw Errors.wrap(e);
            }
        }
        return table;
    }

    IndexTree index(IndexDef index) throws EngineException {
        refresh();
        IndexTree tree = indexes.get(index.name());
        if (tree == null) {
            try {
                tree = BTrees.openIndex(pages, index.rootPage());
            } catch (StorageException e) {
                throw Errors.wrap(e);
            }
            indexes.put(index.name(), tree);
        }
        return tree;
    }

    private void refresh() throws EngineException {
        PageAccess current = ctx.readTxn().pages();
        if (current != pages) {
            pages = current;
            table = null;
            indexes.clear();
        }
    }
}
