package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;
import java.util.Objects;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.page.Page;

/** {@link TableTree} on a {@link BTree} with {@link TableCells}. Not thread-safe (reuses its search state). */
final class BTreeTable implements TableTree {
    private final BTree tree;
    private final TableCells cells;
    private final TreePath path = new TreePath();
    private final TableCells.RowIdProbe probe = new TableCells.RowIdProbe();
    private final BTreeTableCursor edge;

    BTreeTable(BTree tree) {
        this.tree = tree;
        this.cells = (TableCells) tree.format;
        this.edge = new BTreeTableCursor(tree);
    }

    @Override
    public int rootPage() {
        return tree.root;
    }

    @Override
    public byte[] get(long rowId) throws StorageException {
        probe.rowId = rowId;
        try (Page leaf = tree.descend(probe, path)) {
            if (!path.found) {
                return null;
            }
            ByteBuffer b = leaf.buffer();
            int off = cells.cellOffset(b, path.index[path.depth], NodePage.count(b), true, leaf.number());
            return cells.blob.read(b, off + 8, leaf.number());
        }
    }

    @Override
    public boolean contains(long rowId) throws StorageException {
        probe.rowId = rowId;
        return tree.locate(probe, path);
    }

    @Override
    public void put(long rowId, byte[] payload) throws StorageException {
        Objects.requireNonNull(payload, "payload");
        tree.checkWritable();
        probe.rowId = rowId;
        boolean found = tree.locate(probe, path);
        byte[] cell = cells.leafCell(rowId, payload);
        if (found) {
            tree.removeCell(path);
        }
        tree.insert(path, cell);
    }

    @Override
    public boolean delete(long rowId) throws StorageException {
        tree.checkWritable();
        probe.rowId = rowId;
        if (!tree.locate(probe, path)) {
            return false;
        }
        tree.delete(path);
        return true;
    }

    @Override
    public long maxRowId() throws StorageException {
        try {
            return edge.last() ? edge.rowId() : Long.MIN_VALUE;
        } finally {
            edge.close(); // unpins the leaf
        }
    }

    @Override
    public TableCursor cursor() {
        return new BTreeTableCursor(tree);
    }

    @Override
    public void drop() throws StorageException {
        tree.drop();
    }
}
