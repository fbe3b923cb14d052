package dev.aliendb.storage.pager;

import dev.aliendb.storage.StorageException;
import java.nio.ByteBuffer;

/**
 * Where the buffer pool loads the current committed image of a page from on a miss: the database file
 * ({@link PageFile}), or in WAL mode the newest committed WAL frame of the page, falling back to the file.
 * The pool calls it under its lock. Implementations verify the page checksum.
 */
public interface PageSource {
    void read(int pageNumber, ByteBuffer dst) throws StorageException;
}
