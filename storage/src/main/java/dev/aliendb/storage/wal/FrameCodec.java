package dev.aliendb.storage.wal;

import dev.aliendb.storage.CorruptionException;
import java.nio.ByteBuffer;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * Frame payloads: a page image is stored LZ4-compressed when that saves at least an eighth of the page,
 * else as is (payload length = page size). Pure-Java LZ4 (no native library). Thread-safe.
 */
final class FrameCodec {
    private static final LZ4Compressor COMPRESSOR = LZ4Factory.fastestJavaInstance().fastCompressor();
    private static final LZ4SafeDecompressor DECOMPRESSOR = LZ4Factory.fastestJavaInstance().safeDecompressor();

    private FrameCodec() {
    }

    /**
     * Writes the payload for {@code image[0, pageSize)} at {@code frame[24..]}, compressed only if
     * {@code compress}; returns its length.
     */
    static int encode(ByteBuffer image, ByteBuffer frame, int pageSize, boolean compress) {
        if (!compress) {
            frame.put(WalFormat.FRAME_HEADER, image, 0, pageSize);
            return pageSize;
        }
        try {
            return COMPRESSOR.compress(image, 0, pageSize, frame, WalFormat.FRAME_HEADER, pageSize - pageSize / 8);
        } catch (LZ4Exception incompressible) {
            frame.put(WalFormat.FRAME_HEADER, image, 0, pageSize);
            return pageSize;
        }
    }

    /** Restores the page image from a payload of {@code length} bytes at {@code frame[24..]}. */
    static void decode(ByteBuffer frame, int length, ByteBuffer dst, int pageSize, int page) throws CorruptionException {
        if (length == pageSize) {
            dst.put(0, frame, WalFormat.FRAME_HEADER, pageSize);
            return;
        }
        try {
            int n = DECOMPRESSOR.decompress(frame, WalFormat.FRAME_HEADER, length, dst, 0, pageSize);
            if (n != pageSize) {
                throw new CorruptionException(page, "WAL frame decompresses to " + n + " bytes instead of " + pageSize);
            }
        } catch (LZ4Exception e) {
            throw new CorruptionException(page, "WAL frame payload is not valid LZ4: " + e.getMessage());
        }
    }
}
