package dev.aliendb.storage.pager;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The per-page trailer: the last {@link #TRAILER} bytes of every page hold the CRC32C of the page number
 * (4 bytes, big-endian) followed by the page's other bytes. Binding the page number in detects a page
 * written to the wrong place as well as flipped bits and torn writes.
 */
public final class PageChecksum {
    /** Bytes reserved at the end of every page. */
    public static final int TRAILER = 4;

    private PageChecksum() {
    }

    /** CRC of page {@code pageNumber} whose full image is {@code page[0, pageSize)}. */
    public static int compute(int pageNumber, ByteBuffer page, int pageSize) {
        CRC32C crc = new CRC32C();
        crc.update(pageNumber >>> 24);
        crc.update(pageNumber >>> 16);
        crc.update(pageNumber >>> 8);
        crc.update(pageNumber);
        crc.update(page.duplicate().position(0).limit(pageSize - TRAILER));
        return (int) crc.getValue();
    }

    /** Stores the CRC into the trailer of the full page image. */
    public static void seal(int pageNumber, ByteBuffer page, int pageSize) {
        page.putInt(pageSize - TRAILER, compute(pageNumber, page, pageSize));
    }

    public static boolean verify(int pageNumber, ByteBuffer page, int pageSize) {
        return page.getInt(pageSize - TRAILER) == compute(pageNumber, page, pageSize);
    }
}
