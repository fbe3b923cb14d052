package dev.aliendb.bench.jmh;

import dev.aliendb.engine.record.RecordCodec;
import dev.aliendb.engine.record.RecordView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The engine's row format on a W1-shaped row (id, k, 80-character c, 60-character pad, a REAL and a NULL):
 * encoding, decoding every column, and reading one column from the header without decoding the others.
 */
public class RecordBench extends MicroBenchmark {

    private final Object[] row = {123_456L, 42L, "c".repeat(80), "p".repeat(60), 3.25, null};
    private byte[] record;

    @Setup
    public void encodeOnce() throws Exception {
        record = RecordCodec.encode(row);
    }

    @Benchmark
    public byte[] encode() throws Exception {
        return RecordCodec.encode(row);
    }

    @Benchmark
    public Object[] decodeAll() throws Exception {
        return RecordView.of(record).all();
    }

    @Benchmark
    public Object decodeOneColumn() throws Exception {
        return RecordView.of(record).get(1);
    }
}
