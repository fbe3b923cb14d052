package dev.aliendb.storage.vfs;

import dev.aliendb.storage.StorageException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Named files held in memory. One instance is one "file system": stores opened on the same instance and
 * path share the bytes (and the lock). Nothing survives the JVM. Deleting a file that is still open keeps
 * the open handles working on the old bytes, as unlink does. Files are limited to 2 GiB.
 */
public final class MemoryVfs implements Vfs {
    private final Map<String, Data> files = new HashMap<>();

    @Override
    public synchronized VfsFile open(String path, boolean create, boolean readOnly) throws StorageException {
        Data data = files.get(path);
        if (data == null) {
            if (!create || readOnly) {
                throw new StorageException(IoErrors.IO_ERROR, "unable to open database file (no such file): " + path);
            }
            data = new Data(path);
            files.put(path, data);
        }
        return new MemoryFile(data, readOnly);
    }

    @Override
    public synchronized boolean exists(String path) {
        return files.containsKey(path);
    }

    @Override
    public synchronized void delete(String path) {
        files.remove(path);
    }

    /** A copy of the file's current bytes, or null if it does not exist (for tests and tools). */
    public synchronized byte[] snapshot(String path) {
        Data data = files.get(path);
        if (data == null) {
            return null;
        }
        synchronized (data) {
            return Arrays.copyOf(data.bytes, data.size);
        }
    }

    private static final class Data {
        final String path;
        byte[] bytes = new byte[0];
        int size;
        MemoryFile lockOwner;

        Data(String path) {
            this.path = path;
        }

        void ensure(long end) throws StorageException {
            if (end > Integer.MAX_VALUE - 8) {
                throw IoErrors.diskFull(path, null);
            }
            if (end > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(end, bytes.length * 2L)));
            }
        }
    }

    private static final class MemoryFile implements VfsFile {
        private final Data data;
        private final boolean readOnly;
        private boolean closed;

        MemoryFile(Data data, boolean readOnly) {
            this.data = data;
            this.readOnly = readOnly;
        }

        private void checkOpen() throws StorageException {
            if (closed) {
                throw new StorageException(IoErrors.IO_ERROR, "file is closed: " + data.path);
            }
        }

        private void checkWritable() throws StorageException {
            checkOpen();
            if (readOnly) {
                throw new StorageException(IoErrors.IO_ERROR, "file is read-only: " + data.path);
            }
        }

        @Override
        public int read(long offset, ByteBuffer dst) throws StorageException {
            synchronized (data) {
                checkOpen();
                if (offset >= data.size) {
                    return 0;
                }
                int n = (int) Math.min(dst.remaining(), data.size - offset);
                dst.put(data.bytes, (int) offset, n);
                return n;
            }
        }

        @Override
        public void write(long offset, ByteBuffer src) throws StorageException {
            synchronized (data) {
                checkWritable();
                long end = offset + src.remaining();
                data.ensure(end);
                if (offset > data.size) {
                    Arrays.fill(data.bytes, data.size, (int) offset, (byte) 0);
                }
                src.get(data.bytes, (int) offset, src.remaining());
                data.size = (int) Math.max(data.size, end);
            }
        }

        @Override
        public void sync() throws StorageException {
            checkOpen();
        }

        @Override
        public void truncate(long size) throws StorageException {
            synchronized (data) {
                checkWritable();
                if (size < data.size) {
                    Arrays.fill(data.bytes, (int) size, data.size, (byte) 0);
                    data.size = (int) size;
                }
            }
        }

        @Override
        public long size() throws StorageException {
            synchronized (data) {
                checkOpen();
                return data.size;
            }
        }

        @Override
        public void lockExclusive() throws StorageException {
            synchronized (data) {
                checkOpen();
                if (data.lockOwner != null && data.lockOwner != this) {
                    throw IoErrors.locked(data.path);
                }
                data.lockOwner = this;
            }
        }

        @Override
        public void close() {
            synchronized (data) {
                closed = true;
                if (data.lockOwner == this) {
                    data.lockOwner = null;
                }
            }
        }
    }
}
