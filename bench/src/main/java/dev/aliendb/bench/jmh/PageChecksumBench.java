package dev.aliendb.bench.jmh;

import dev.aliendb.storage.pager.PageChecksum;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The per-page CRC32C trailer: computing and verifying it on a 4 KiB page (heap and direct buffers). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PageChecksumBench {

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
