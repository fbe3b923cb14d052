package dev.aliendb.storage.vfs;

import dev.aliendb.storage.StorageException;

/**
 * The only way the storage layer reaches files. Implementations: {@code FileVfs} (FileChannel),
 * {@code MemoryVfs} (in-process, for {@code jdbc:alien:mem:} and tests) and {@code FaultInjectingVfs}
 * (power cuts and injected I/O errors for crash tests).
 */
public interface Vfs {
    /** Opens (and, when {@code create}, creates) a file. */
    VfsFile open(String path, boolean create, boolean readOnly) throws StorageException;

    boolean exists(String path) throws StorageException;

    void delete(String path) throws StorageException;
}
