package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;
import java.util.Objects;

import dev.aliendb.storage.StorageException;

/** {@link IndexCursor} over a {@link BTree} of {@link IndexCells}; reads the key on demand. */
final class BTreeIndexCursor extends TreeCursor implements IndexCursor {
    private final IndexCells.KeyProbe probe;

    BTreeIndexCursor(BTree tree) {
        super(tree);
        this.probe = new IndexCells.KeyProbe(tree.format.blob);
    }

    @Override
    void landed(ByteBuffer leaf, int off) {
        // keys are materialized only when asked for
    }

    @Override
    public boolean seek(byte[] key) throws StorageException {
        probe.key = Objects.requireNonNull(key, "key");
        return seekProbe(probe);
    }

    @Override
    public boolean seekAtOrBefore(byte[] key) throws StorageException {
        probe.key = Objects.requireNonNull(key, "key");
        return seekAtOrBeforeProbe(probe);
    }

    @Override
    public byte[] key() throws StorageException {
        return currentBlob(0);
    }
}
