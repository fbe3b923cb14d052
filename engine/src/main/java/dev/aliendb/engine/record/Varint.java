package dev.aliendb.engine.record;

/**
 * Unsigned LEB128 varints (7 bits per byte, low group first, high bit = "more follows"), at most 10 bytes for
 * a 64-bit value. Used for record headers; not order-preserving (keys use {@link KeyCodec}).
 */
final class Varint {
    static final int MAX_LENGTH = 10;

    private Varint() {
    }

    static int size(long v) {
        int n = 1;
        while ((v & ~0x7FL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    /** Writes {@code v} at {@code pos}; returns the position after it. */
    static int write(byte[] buf, int pos, long v) {
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
        return pos;
    }

    /**
     * Reads the varint at {@code pos[0]} (bounded by {@code limit}) and advances {@code pos[0]}; throws
     * {@link MalformedRecordException} if it runs past {@code limit} or is longer than 10 bytes.
     */
    static long read(byte[] buf, int[] pos, int limit) throws MalformedRecordException {
        long v = 0;
        int p = pos[0];
        for (int shift = 0; shift < 70; shift += 7) {
            if (p >= limit) {
                throw new MalformedRecordException("truncated varint at offset " + p);
            }
            int b = buf[p++];
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                pos[0] = p;
                return v;
            }
        }
        throw new MalformedRecordException("varint longer than 10 bytes at offset " + pos[0]);
    }
}
