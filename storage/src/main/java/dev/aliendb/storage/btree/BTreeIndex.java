package dev.aliendb.storage.btree;

import java.util.Arrays;
import java.util.Objects;

import dev.aliendb.storage.StorageException;

/** {@link IndexTree} on a {@link BTree} with {@link IndexCells}. Not thread-safe (reuses its search state). */
final class BTreeIndex implements IndexTree {
    private final BTree tree;
    private final IndexCells cells;
    private final TreePath path = new TreePath();
    private final IndexCells.KeyProbe probe;

    BTreeIndex(BTree tree) {
        this.tree = tree;
        this.cells = (IndexCells) tree.format;
        this.probe = new IndexCells.KeyProbe(cells.blob);
    }

    @Override
    public int rootPage() {
        return tree.root;
    }

    @Override
    public boolean insert(byte[] key) throws StorageException {
        tree.checkWritable();
        if (locate(key)) {
            return false;
        }
        tree.insert(path, cells.leafCell(key));
        return true;
    }

    @Override
    public void bulkLoad(Iterable<byte[]> keys) throws StorageException {
        tree.checkWritable();
        if (!tree.isEmpty()) {
            throw new IllegalStateException("bulk load needs an empty tree (root page " + tree.root + ")");
        }
        BulkLoader loader = new BulkLoader(tree);
        try {
            byte[] previous = null;
            for (byte[] key : keys) {
                if (previous != null && Arrays.compareUnsigned(previous, key) >= 0) {
                    throw new IllegalArgumentException("bulk load keys are not strictly ascending");
                }
                loader.add(cells.leafCell(key));
                previous = key;
            }
        } catch (StorageException | RuntimeException e) {
            loader.abandon(); // unpins; the caller's savepoint or rollback discards the pages written so far
            throw e;
        }
        loader.finish();
    }

    @Override
    public boolean delete(byte[] key) throws StorageException {
        tree.checkWritable();
        if (!locate(key)) {
            return false;
        }
        tree.delete(path);
        return true;
    }

    @Override
    public boolean contains(byte[] key) throws StorageException {
        return locate(key);
    }

    @Override
    public IndexCursor cursor() {
        return new BTreeIndexCursor(tree);
    }

    @Override
    public void drop() throws StorageException {
        tree.drop();
    }

    private boolean locate(byte[] key) throws StorageException {
        probe.key = Objects.requireNonNull(key, "key");
        return tree.locate(probe, path);
    }
}
