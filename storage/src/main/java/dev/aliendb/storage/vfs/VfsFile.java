package dev.aliendb.storage.vfs;

import dev.aliendb.storage.StorageException;
import java.nio.ByteBuffer;

/**
 * One open file. Reads past the end return fewer bytes (never garbage). {@link #sync()} is the durability
 * barrier: a write is only guaranteed to survive a power cut once a later sync of the same file returned.
 */
public interface VfsFile extends AutoCloseable {
    /** Reads up to {@code dst.remaining()} bytes at {@code offset}; returns bytes read (0 at/after EOF). */
    int read(long offset, ByteBuffer dst) throws StorageException;

    /** Writes all of {@code src} at {@code offset}, extending the file as needed. */
    void write(long offset, ByteBuffer src) throws StorageException;

    void sync() throws StorageException;

    void truncate(long size) throws StorageException;

    long size() throws StorageException;

    /**
     * Takes the exclusive process-level lock on this file; throws a {@link StorageException} with
     * SQLSTATE 55006 "database is locked by another process" if another process holds it.
     * Released by {@link #close()} (and by the OS when the process dies).
     */
    void lockExclusive() throws StorageException;

    @Override
    void close() throws StorageException;
}
