package dev.aliendb.storage.wal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Layout of the write-ahead log {@code <db>-wal} (see docs/file-format.md). All integers big-endian.
 * <pre>
 * header (32 bytes): 0 magic "AlienWAL" | 8 version (1) | 12 page size | 16 checkpoint sequence
 *                    | 20 salt-1 | 24 salt-2 | 28 CRC32C of bytes 0..27
 * frame (24 + L):    0 page number | 4 database page count if this frame ends a commit, else 0
 *                    | 8 salt-1 | 12 salt-2 | 16 payload length L (L = P: the page image as is;
 *                    L &lt; P: the image LZ4-compressed) | 20 CRC32C over (previous frame's CRC, or the
 *                    header CRC, 4 bytes) + frame bytes 0..19 + payload | 24 payload (L bytes)
 * </pre>
 * Frames follow each other without gaps. A frame is valid when its salts equal the header's, 1 &lt;= L
 * &lt;= P and its chained CRC matches; recovery uses the valid frames up to the last valid commit frame.
 * New salts after every checkpoint make frames of an earlier generation invalid.
 */
final class WalFormat {
    static final int HEADER_SIZE = 32;
    static final int FRAME_HEADER = 24;
    static final int VERSION = 1;
    private static final byte[] MAGIC = "AlienWAL".getBytes(StandardCharsets.US_ASCII);

    private WalFormat() {
    }

    static String walPath(String dbPath) {
        return dbPath + "-wal";
    }

    static ByteBuffer header(int pageSize, int checkpointSeq, int salt1, int salt2) {
        ByteBuffer h = ByteBuffer.allocate(HEADER_SIZE);
        h.put(0, MAGIC);
        h.putInt(8, VERSION);
        h.putInt(12, pageSize);
        h.putInt(16, checkpointSeq);
        h.putInt(20, salt1);
        h.putInt(24, salt2);
        h.putInt(28, headerCrc(h));
        return h;
    }

    static boolean headerIntact(ByteBuffer h, int pageSize) {
        byte[] magic = new byte[MAGIC.length];
        h.get(0, magic);
        return java.util.Arrays.equals(magic, MAGIC) && h.getInt(8) == VERSION && h.getInt(12) == pageSize
                && h.getInt(28) == headerCrc(h);
    }

    /** Fills the header of {@code frame} (payload of {@code length} bytes at 24) and returns its chained CRC. */
    static int sealFrame(ByteBuffer frame, int page, int commitPageCount, int salt1, int salt2, int length, int previousCrc) {
        frame.putInt(0, page);
        frame.putInt(4, commitPageCount);
        frame.putInt(8, salt1);
        frame.putInt(12, salt2);
        frame.putInt(16, length);
        int crc = frameCrc(frame, length, previousCrc);
        frame.putInt(20, crc);
        return crc;
    }

    /** The chained CRC a frame with a payload of {@code length} bytes should carry given its predecessor's. */
    static int frameCrc(ByteBuffer frame, int length, int previousCrc) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(4).putInt(0, previousCrc));
        crc.update(frame.duplicate().position(0).limit(20));
        crc.update(frame.duplicate().position(FRAME_HEADER).limit(FRAME_HEADER + length));
        return (int) crc.getValue();
    }

    private static int headerCrc(ByteBuffer h) {
        CRC32C crc = new CRC32C();
        crc.update(h.duplicate().position(0).limit(28));
        return (int) crc.getValue();
    }
}
