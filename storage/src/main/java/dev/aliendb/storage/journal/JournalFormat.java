package dev.aliendb.storage.journal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Layout of the rollback journal {@code <db>-journal} (see docs/file-format.md). A 512-byte header
 * sector followed by records. All integers big-endian.
 * <pre>
 * header:  0  8  magic "AlienJnl"
 *          8  4  journal format version (1)
 *         12  4  page size
 *         16  8  nonce (random per transaction)
 *         24  4  database page count before the transaction
 *         28  4  record count
 *         32  4  CRC32C of bytes 0..31
 * record:  0  4  page number
 *          4  P  original page image (P = page size, including its trailer)
 *        4+P  4  CRC32C of nonce + page number + image
 * </pre>
 * A journal is <em>hot</em> when its header is intact (magic, version, CRC, page size). A zeroed or
 * torn header is not hot.
 */
public final class JournalFormat {
    public static final int HEADER_SIZE = 512;
    public static final int VERSION = 1;
    static final byte[] MAGIC = "AlienJnl".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER_CRC = 32;

    private JournalFormat() {
    }

    public static String journalPath(String dbPath) {
        return dbPath + "-journal";
    }

    static int recordSize(int pageSize) {
        return 8 + pageSize;
    }

    static long recordOffset(int index, int pageSize) {
        return HEADER_SIZE + (long) index * recordSize(pageSize);
    }

    static ByteBuffer header(int pageSize, long nonce, int initialPageCount, int recordCount) {
        ByteBuffer h = ByteBuffer.allocate(HEADER_SIZE);
        h.put(0, MAGIC);
        h.putInt(8, VERSION);
        h.putInt(12, pageSize);
        h.putLong(16, nonce);
        h.putInt(24, initialPageCount);
        h.putInt(28, recordCount);
        CRC32C crc = new CRC32C();
        crc.update(h.duplicate().position(0).limit(HEADER_CRC));
        h.putInt(HEADER_CRC, (int) crc.getValue());
        return h;
    }

    /** Whether {@code h} (HEADER_SIZE bytes) is an intact header. */
    static boolean intact(ByteBuffer h) {
        byte[] magic = new byte[MAGIC.length];
        h.get(0, magic);
        if (!java.util.Arrays.equals(magic, MAGIC) || h.getInt(8) != VERSION) {
            return false;
        }
        CRC32C crc = new CRC32C();
        crc.update(h.duplicate().position(0).limit(HEADER_CRC));
        return h.getInt(HEADER_CRC) == (int) crc.getValue();
    }

    static int pageSize(ByteBuffer h) {
        return h.getInt(12);
    }

    static long nonce(ByteBuffer h) {
        return h.getLong(16);
    }

    static int initialPageCount(ByteBuffer h) {
        return h.getInt(24);
    }

    static int recordCount(ByteBuffer h) {
        return h.getInt(28);
    }

    /** Fills {@code record} (page number at 0, image at 4) with its checksum at 4+pageSize. */
    static void sealRecord(ByteBuffer record, long nonce, int pageSize) {
        record.putInt(4 + pageSize, recordCrc(record, nonce, pageSize));
    }

    static boolean recordIntact(ByteBuffer record, long nonce, int pageSize) {
        return record.getInt(4 + pageSize) == recordCrc(record, nonce, pageSize);
    }

    private static int recordCrc(ByteBuffer record, long nonce, int pageSize) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(8).putLong(0, nonce));
        crc.update(record.duplicate().position(0).limit(4 + pageSize));
        return (int) crc.getValue();
    }
}
