package dev.aliendb.storage.page;

import java.nio.ByteBuffer;

/**
 * A pinned page. The buffer covers exactly the page's usable bytes (page size minus the checksum
 * trailer), position 0 = first usable byte; callers use absolute get/put only and never keep the buffer
 * after {@link #close()} (which unpins). A page obtained for reading must not be written to.
 */
public interface Page extends AutoCloseable {
    /** 1-based page number; page 1 holds the file header. */
    int number();

    /** The usable bytes of the page (absolute-indexed view). */
    ByteBuffer buffer();

    /** Unpins the page. Idempotent. */
    @Override
    void close();
}
