package dev.aliendb.storage.vfs;

import dev.aliendb.storage.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;

/**
 * The real file system through {@link FileChannel}. {@link VfsFile#sync()} is {@code force(false)}
 * (fdatasync: data plus the metadata needed to read it back, i.e. the file size). The process lock is an
 * OS lock ({@link FileChannel#tryLock}) on the database file, so it dies with the process: a
 * {@code kill -9} never leaves a stale lock. A second open of a locked file in the same JVM is refused too.
 */
public final class FileVfs implements Vfs {
    @Override
    public VfsFile open(String path, boolean create, boolean readOnly) throws StorageException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.READ);
        if (!readOnly) {
            options.add(StandardOpenOption.WRITE);
            if (create) {
                options.add(StandardOpenOption.CREATE);
            }
        }
        try {
            return new ChannelFile(path, FileChannel.open(Path.of(path), options), readOnly);
        } catch (NoSuchFileException e) {
            throw new StorageException(IoErrors.IO_ERROR, "unable to open database file (no such file): " + path, e);
        } catch (IOException | RuntimeException e) {
            throw new StorageException(IoErrors.IO_ERROR, "unable to open database file: " + path + " (" + e + ")", e);
        }
    }

    @Override
    public boolean exists(String path) {
        return Files.exists(Path.of(path));
    }

    @Override
    public void delete(String path) throws StorageException {
        try {
            Files.deleteIfExists(Path.of(path));
        } catch (IOException e) {
            throw IoErrors.ioError("delete", path, e);
        }
    }

    private static final class ChannelFile implements VfsFile {
        private final String path;
        private final FileChannel channel;
        private final boolean readOnly;
        private FileLock lock;

        ChannelFile(String path, FileChannel channel, boolean readOnly) {
            this.path = path;
            this.channel = channel;
            this.readOnly = readOnly;
        }

        @Override
        public int read(long offset, ByteBuffer dst) throws StorageException {
            try {
                int total = 0;
                while (dst.hasRemaining()) {
                    int n = channel.read(dst, offset + total);
                    if (n < 0) {
                        break;
                    }
                    total += n;
                }
                return total;
            } catch (IOException e) {
                throw IoErrors.ioError("read", path, e);
            }
        }

        @Override
        public void write(long offset, ByteBuffer src) throws StorageException {
            try {
                long at = offset;
                while (src.hasRemaining()) {
                    at += channel.write(src, at);
                }
            } catch (IOException e) {
                throw IoErrors.ioError("write", path, e);
            }
        }

        @Override
        public void sync() throws StorageException {
            try {
                channel.force(false);
            } catch (IOException e) {
                throw IoErrors.ioError("sync", path, e);
            }
        }

        @Override
        public void truncate(long size) throws StorageException {
            try {
                channel.truncate(size);
            } catch (IOException e) {
                throw IoErrors.ioError("truncate", path, e);
            }
        }

        @Override
        public long size() throws StorageException {
            try {
                return channel.size();
            } catch (IOException e) {
                throw IoErrors.ioError("size", path, e);
            }
        }

        @Override
        public void lockExclusive() throws StorageException {
            if (lock != null) {
                return;
            }
            try {
                lock = channel.tryLock(0, Long.MAX_VALUE, readOnly);
            } catch (OverlappingFileLockException e) {
                throw IoErrors.locked(path);
            } catch (IOException e) {
                throw IoErrors.ioError("lock", path, e);
            }
            if (lock == null) {
                throw IoErrors.locked(path);
            }
        }

        @Override
        public void close() throws StorageException {
            try {
                channel.close(); // also releases the lock
            } catch (IOException e) {
                throw IoErrors.ioError("close", path, e);
            }
        }
    }
}
