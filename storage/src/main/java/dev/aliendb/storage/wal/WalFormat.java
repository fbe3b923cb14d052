package dev.aliendb.storage.wal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Layout of the write-ahead log {@code <db>-wal} (see docs/file-format.md). All integers big-endian.
 * <pre>
 * header (32 bytes): 0 magic "AlienWAL" | 8 version (1) | 12 page size | 16 checkpoint sequence
 *                    | 20 salt-1 | 24 salt-2 | 28 CRC32C of bytes 0..27
 * frame (24 + P):    0 page number | 4 database page count if this frame ends a commit, else 0
 *                    | 8 salt-1 | 12 salt-2 | 16 CRC32C over (previous frame's CRC, or the header CRC,
 *                    4 bytes) + frame bytes 0..15 + page image | 20 zero | 24 page image (P bytes)
 * </pre>
 * A frame is valid when its salts equal the header's and its chained CRC matches; recovery uses the
 * valid frames up to the last valid commit frame. New salts after every checkpoint make frames of an
 * earlier generation invalid.
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

    static long frameOffset(int frame, int pageSize) {
        return HEADER_SIZE + (long) frame * (FRAME_HEADER + pageSize);
    }

    static ByteBuffer header(int pageSize, int checkpointSeq, int salt1, int salt2) {
        ByteBuffer h = ByteBuffer.allocate(HEADER_SIZE);
        h.put(0, MAGIC);
        h.putInt(8, VERSION);
        h.putInt(12, pageSize);
        h.putInt(16, checkpointSeq);
        h.putInt(20, salt1);
        h.putInt(24, salt2);
        h.putInt(28, crc(0, h, 0, 28, null));
        return h;
    }

    static boolean headerIntact(ByteBuffer h, int pageSize) {
        byte[] magic = new byte[MAGIC.length];
        h.get(0, magic);
        return java.util.Arrays.equals(magic, MAGIC) && h.getInt(8) == VERSION && h.getInt(12) == pageSize
                && h.getInt(28) == crc(0, h, 0, 28, null);
    }

    /** Fills the header of {@code frame} (header + image) and returns its chained CRC. */
    static int sealFrame(ByteBuffer frame, int page, int commitPageCount, int salt1, int salt2, int previousCrc) {
        frame.putInt(0, page);
        frame.putInt(4, commitPageCount);
        frame.putInt(8, salt1);
        frame.putInt(12, salt2);
        frame.putInt(20, 0);
        int crc = crc(previousCrc, frame, 0, 16, frame);
        frame.putInt(16, crc);
        return crc;
    }

    /** The chained CRC {@code frame} should carry given its predecessor's. */
    static int frameCrc(ByteBuffer frame, int previousCrc) {
        return crc(previousCrc, frame, 0, 16, frame);
    }

    private static int crc(int previous, ByteBuffer b, int from, int to, ByteBuffer imageOwner) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(4).putInt(0, previous));
        crc.update(b.duplicate().position(from).limit(to));
        if (imageOwner != null) {
            crc.update(imageOwner.duplicate().position(FRAME_HEADER).limit(imageOwner.capacity()));
        }
        return (int) crc.getValue();
    }
}
