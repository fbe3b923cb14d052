package dev.aliendb.storage.pager;

import java.nio.ByteBuffer;

/**
 * One page-sized slot of the {@link BufferPool}. {@link #data} is the full on-disk image (usable bytes plus
 * checksum trailer); the two views expose the usable bytes only. A frame is in exactly one state: free,
 * cached (holds a committed page, clean), or private (a write transaction's dirty copy, never evictable).
 * All fields are guarded by the pool's lock.
 */
final class Frame {
    final ByteBuffer data;
    final ByteBuffer usable;
    final ByteBuffer usableReadOnly;
    /** Allocated beyond the budget because every frame was pinned; dropped instead of reused when freed. */
    final boolean overflow;
    /** Position in the pool's frame table. */
    int index;
    int page;
    int pins;
    boolean cached;
    boolean dirty;

    Frame(ByteBuffer data, int usableSize, boolean overflow) {
        this.data = data;
        this.usable = data.duplicate().position(0).limit(usableSize).slice();
        this.usableReadOnly = usable.asReadOnlyBuffer();
        this.overflow = overflow;
    }

    void zero() {
        for (int i = 0; i < data.capacity(); i += 8) {
            data.putLong(i, 0L);
        }
    }

    void copyFrom(ByteBuffer image) {
        data.duplicate().position(0).put(image.duplicate().position(0).limit(data.capacity()));
    }
}
