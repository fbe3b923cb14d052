package dev.aliendb.storage.pager;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.MetaSlot;
import dev.aliendb.storage.StorageException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The file header at the start of page 1 (format version 1, see docs/file-format.md): absolute-offset
 * accessors over a page buffer plus validation of a header read from an untrusted file. All integers are
 * big-endian. The header carries its own CRC32C (bytes 0..123) so that a damaged header is recognised
 * before the page size it declares is trusted.
 */
final class FileHeader {
    public static final int FORMAT_VERSION = 1;
    public static final int LENGTH = 128;
    public static final int CHECKSUM_CRC32C = 1;
    public static final int MIN_PAGE_SIZE = 512;
    public static final int MAX_PAGE_SIZE = 65536;
    static final byte[] MAGIC = "AlienDB format\0\0".getBytes(StandardCharsets.US_ASCII);

    static final int VERSION = 16;
    static final int PAGE_SIZE = 20;
    static final int RESERVED = 24;
    static final int CHECKSUM_ALGORITHM = 28;
    static final int CHANGE_COUNTER = 32;
    static final int PAGE_COUNT = 40;
    static final int FREE_HEAD = 44;
    static final int FREE_COUNT = 48;
    static final int JOURNAL_MODE = 52;
    static final int META = 56;
    static final int HEADER_CRC = 124;

    private FileHeader() {
    }

    public static boolean validPageSize(int pageSize) {
        return pageSize >= MIN_PAGE_SIZE && pageSize <= MAX_PAGE_SIZE && Integer.bitCount(pageSize) == 1;
    }

    /** Writes a fresh header for an empty database of one page. */
    public static void initialize(ByteBuffer page, int pageSize, JournalMode mode) {
        for (int i = 0; i < LENGTH; i++) {
            page.put(i, (byte) 0);
        }
        page.put(0, MAGIC);
        page.putInt(VERSION, FORMAT_VERSION);
        page.putInt(PAGE_SIZE, pageSize);
        page.putInt(RESERVED, PageChecksum.TRAILER);
        page.putInt(CHECKSUM_ALGORITHM, CHECKSUM_CRC32C);
        page.putInt(PAGE_COUNT, 1);
        setJournalMode(page, mode);
    }

    /**
     * Checks a header read from disk (at least {@link #LENGTH} bytes) and returns its page size. Throws a
     * clean exception for a foreign file, an unknown version or a damaged header; never modifies anything.
     */
    public static int validate(ByteBuffer header, String path) throws StorageException {
        byte[] magic = new byte[MAGIC.length];
        header.get(0, magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new StorageException("58000", "file is not an AlienDB database: " + path);
        }
        int version = header.getInt(VERSION);
        if (version != FORMAT_VERSION) {
            throw new StorageException("0A000", "unsupported AlienDB file format version " + Integer.toUnsignedString(version)
                    + " (this build reads version " + FORMAT_VERSION + "): " + path);
        }
        if (header.getInt(HEADER_CRC) != crc(header)) {
            throw new CorruptionException(1, "file header checksum mismatch");
        }
        int pageSize = header.getInt(PAGE_SIZE);
        if (!validPageSize(pageSize)) {
            throw new CorruptionException(1, "invalid page size " + pageSize + " in file header");
        }
        if (header.getInt(RESERVED) != PageChecksum.TRAILER || header.getInt(CHECKSUM_ALGORITHM) != CHECKSUM_CRC32C) {
            throw new CorruptionException(1, "unsupported reserved bytes " + header.getInt(RESERVED)
                    + " or checksum algorithm " + header.getInt(CHECKSUM_ALGORITHM));
        }
        if (header.getInt(PAGE_COUNT) < 1) {
            throw new CorruptionException(1, "invalid page count " + header.getInt(PAGE_COUNT) + " in file header");
        }
        journalMode(header);
        return pageSize;
    }

    /** Recomputes the header CRC; call after changing any field, before the page is written. */
    public static void seal(ByteBuffer page) {
        page.putInt(HEADER_CRC, crc(page));
    }

    private static int crc(ByteBuffer header) {
        CRC32C crc = new CRC32C();
        crc.update(header.duplicate().position(0).limit(HEADER_CRC));
        return (int) crc.getValue();
    }

    public static int pageSize(ByteBuffer page) {
        return page.getInt(PAGE_SIZE);
    }

    public static long changeCounter(ByteBuffer page) {
        return page.getLong(CHANGE_COUNTER);
    }

    public static void setChangeCounter(ByteBuffer page, long value) {
        page.putLong(CHANGE_COUNTER, value);
    }

    public static int pageCount(ByteBuffer page) {
        return page.getInt(PAGE_COUNT);
    }

    public static void setPageCount(ByteBuffer page, int value) {
        page.putInt(PAGE_COUNT, value);
    }

    public static int freeHead(ByteBuffer page) {
        return page.getInt(FREE_HEAD);
    }

    public static void setFreeHead(ByteBuffer page, int value) {
        page.putInt(FREE_HEAD, value);
    }

    public static int freeCount(ByteBuffer page) {
        return page.getInt(FREE_COUNT);
    }

    public static void setFreeCount(ByteBuffer page, int value) {
        page.putInt(FREE_COUNT, value);
    }

    public static JournalMode journalMode(ByteBuffer page) throws CorruptionException {
        int code = page.getInt(JOURNAL_MODE);
        JournalMode[] modes = JournalMode.values();
        if (code < 0 || code >= modes.length) {
            throw new CorruptionException(1, "unknown journal mode " + code + " in file header");
        }
        return modes[code];
    }

    public static void setJournalMode(ByteBuffer page, JournalMode mode) {
        page.putInt(JOURNAL_MODE, mode.ordinal());
    }

    public static long meta(ByteBuffer page, MetaSlot slot) {
        return page.getLong(META + 8 * slot.ordinal());
    }

    public static void setMeta(ByteBuffer page, MetaSlot slot, long value) {
        page.putLong(META + 8 * slot.ordinal(), value);
    }
}
