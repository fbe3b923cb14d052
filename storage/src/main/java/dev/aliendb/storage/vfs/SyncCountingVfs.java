package dev.aliendb.storage.vfs;

import dev.aliendb.storage.StorageException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Passes everything through to another {@link Vfs} and counts the syncs of all files opened through it;
 * a {@link SyncHook} may run before each sync (tests use it to hold or fail syncs of one file).
 */
public final class SyncCountingVfs implements Vfs {
    /** Runs before the sync of the file at {@code path}; throwing fails the sync. */
    public interface SyncHook {
        void beforeSync(String path) throws StorageException;
    }

    private final Vfs inner;
    private final SyncHook hook;
    private final AtomicLong syncs = new AtomicLong();

    public SyncCountingVfs(Vfs inner) {
        this(inner, path -> { });
    }

    public SyncCountingVfs(Vfs inner, SyncHook hook) {
        this.inner = inner;
        this.hook = hook;
    }

    /** Successful syncs so far. */
    public long syncs() {
        return syncs.get();
    }

    @Override
    public VfsFile open(String path, boolean create, boolean readOnly) throws StorageException {
        VfsFile file = inner.open(path, create, readOnly);
        return new VfsFile() {
            @Override
            public int read(long offset, ByteBuffer dst) throws StorageException {
                return file.read(offset, dst);
            }

            @Override
            public void write(long offset, ByteBuffer src) throws StorageException {
                file.write(offset, src);
            }

            @Override
            public void sync() throws StorageException {
                hook.beforeSync(path);
                file.sync();
                syncs.incrementAndGet();
            }

            @Override
            public void truncate(long size) throws StorageException {
                file.truncate(size);
            }

            @Override
            public long size() throws StorageException {
                return file.size();
            }

            @Override
            public void lockExclusive() throws StorageException {
                file.lockExclusive();
            }

            @Override
            public void close() throws StorageException {
                file.close();
            }
        };
    }

    @Override
    public boolean exists(String path) throws StorageException {
        return inner.exists(path);
    }

    @Override
    public void delete(String path) throws StorageException {
        inner.delete(path);
    }
}
