package dev.aliendb.engine.record;

import java.util.Arrays;

/** A growable byte buffer for building keys. */
final class ByteSink {
    private byte[] buf;
    private int size;

    ByteSink(int capacity) {
        buf = new byte[Math.max(capacity, 8)];
    }

    void put(int b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[size++] = (byte) b;
    }

    void putInt(int v) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            put(v >>> shift);
        }
    }

    void putLong(long v) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            put((int) (v >>> shift));
        }
    }

    /** Inverts every byte written since {@code start}. */
    void invertFrom(int start) {
        for (int i = start; i < size; i++) {
            buf[i] = (byte) ~buf[i];
        }
    }

    int size() {
        return size;
    }

    byte[] toArray() {
        return Arrays.copyOf(buf, size);
    }
}
