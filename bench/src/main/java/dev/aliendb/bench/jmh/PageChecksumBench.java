package dev.aliendb.bench.jmh;

import dev.aliendb.storage.pager.PageChecksum;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** The per-page CRC32C trailer: computing and verifying it on a 4 KiB page (heap and direct buffers). */
public class PageChecksumBench extends MicroBenchmark {

    private static final int PAGE = 4096;
    private final ByteBuffer heap = ByteBuffer.allocate(PAGE);
    private final ByteBuffer direct = ByteBuffer.allocateDirect(PAGE);

    @Setup
    public void fill() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < PAGE; i++) {
            byte b = (byte) r.nextInt(256);
            heap.put(i, b);
            direct.put(i, b);
        }
        PageChecksum.seal(7, heap, PAGE);
        PageChecksum.seal(7, direct, PAGE);
    }

    @Benchmark
    public int computeHeap() {
        return PageChecksum.compute(7, heap, PAGE);
    }

    @Benchmark
    public int computeDirect() {
        return PageChecksum.compute(7, direct, PAGE);
    }

    @Benchmark
    public boolean verifyHeap() {
        return PageChecksum.verify(7, heap, PAGE);
    }
}
