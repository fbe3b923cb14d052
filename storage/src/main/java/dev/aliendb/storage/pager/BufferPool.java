package dev.aliendb.storage.pager;

import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.page.Page;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;

/**
 * The page cache: a budget of page frames carved out of slabs (one buffer per up to
 * {@value #SLAB_FRAMES} frames, allocated when first needed and then reused; no allocation per read).
 * <p>
 * Invariants: a cached frame holds the current committed image of its page, identical to the disk (it
 * is clean); a pinned frame is never evicted or reused; private frames (a write transaction's dirty pages)
 * are never evictable and never reach the cache before their commit has written them. When every frame is
 * pinned the pool <em>grows temporarily</em>: it allocates an overflow frame, which is dropped (not reused)
 * once it is freed, so memory returns to the budget. Old committed images needed by snapshots live in
 * {@link PageVersions}, consulted before the cache so that a snapshot never reads a newer page from disk.
 * One lock (this object) guards everything, including the miss path's disk read.
 */
final class BufferPool {
    static final int SLAB_FRAMES = 64;

    private volatile PageSource source;
    private final int pageSize;
    private final int usableSize;
    private final ArrayDeque<Frame> free = new ArrayDeque<>();
    /** Cached committed pages: page number -> index into {@link #frames}. */
    private final IntIntMap cached = new IntIntMap(64);
    private Frame[] frames = new Frame[64];
    private final java.util.ArrayDeque<Integer> unusedIndexes = new java.util.ArrayDeque<>();
    private int frameSlots;
    private final PageVersions versions = new PageVersions();
    private EvictionPolicy policy;
    private int budget;
    private int slabFrames;
    private int framesInUse;
    private long hits;
    private long misses;

    BufferPool(PageFile file, int budget, EvictionPolicy policy) {
        this.source = file;
        this.pageSize = file.pageSize();
        this.usableSize = pageSize - PageChecksum.TRAILER;
        this.budget = Math.max(1, budget);
        this.policy = policy;
    }

    int usableSize() {
        return usableSize;
    }

    /** Switches where misses load pages from (journal mode change); drops nothing, the content is the same. */
    synchronized void setSource(PageSource source) {
        this.source = source;
    }

    /** Runs {@code action} while no miss can read from the page source (e.g. while a WAL is reset). */
    synchronized <E extends Exception> void exclusive(Action<E> action) throws E {
        action.run();
    }

    /** An action run under the pool's lock. */
    interface Action<E extends Exception> {
        void run() throws E;
    }

    /** Page {@code page} as a snapshot at {@code csn} sees it, pinned read-only. */
    synchronized Page read(int page, long csn) throws StorageException {
        byte[] image = versions.find(page, csn);
        if (image != null) {
            return new PageHandle(page, ByteBuffer.wrap(image, 0, usableSize).slice().asReadOnlyBuffer());
        }
        Frame frame = pin(page);
        return new PageHandle(page, frame.usableReadOnly, this, frame);
    }

    /** Copies the full image (with trailer) of {@code page} as of snapshot {@code csn} into {@code dst}. */
    synchronized void copyCommitted(int page, long csn, Frame dst) throws StorageException {
        byte[] image = versions.find(page, csn);
        if (image != null) {
            dst.copyFrom(ByteBuffer.wrap(image));
            return;
        }
        Frame frame = pin(page);
        dst.copyFrom(frame.data);
        unpin(frame);
    }

    synchronized void unpin(Frame frame) {
        frame.pins--;
        if (frame.pins == 0 && !frame.cached && !frame.dirty) {
            release(frame);
        }
    }

    /** A frame for a write transaction's dirty page: pinned by the transaction, content undefined. */
    synchronized Frame takePrivate(int page) {
        Frame frame = takeFrame();
        frame.page = page;
        frame.pins = 1;
        frame.dirty = true;
        return frame;
    }

    /** Returns a private frame of a rolled-back change. */
    synchronized void releasePrivate(Frame frame) {
        frame.dirty = false;
        unpin(frame);
    }

    /**
     * Keeps {@code image} (the committed content of {@code page} before commit {@code upTo}) for snapshots
     * older than {@code upTo}, and forgets the cached frame so that nothing reads the page from the cache or
     * the disk for them while the commit overwrites it.
     */
    synchronized void preserve(int page, long upTo, byte[] image) {
        versions.add(page, upTo, image);
        Frame old = uncache(page);
        if (old != null) {
            policy.removed(page);
            old.cached = false;
            if (old.pins == 0) {
                release(old);
            }
        }
    }

    /** A failed commit {@code upTo} is undone: its preserved images are dropped. */
    synchronized void discardVersions(long upTo) {
        versions.discard(upTo);
    }

    /** The private frame, now written to disk, becomes the cached committed image of its page. */
    synchronized void publish(Frame frame) {
        Frame old = uncache(frame.page);
        cached.put(frame.page, frame.index);
        if (old != null) {
            old.cached = false;
            if (old.pins == 0) {
                release(old);
            }
            policy.accessed(frame.page);
        } else {
            policy.admitted(frame.page);
        }
        frame.dirty = false;
        frame.cached = true;
        frame.pins--;
    }

    /** Forgets snapshot images no live snapshot needs and gives frames above the budget back. */
    synchronized void prune(SnapshotRegistry.Horizon horizon) {
        versions.prune(horizon);
        while (framesInUse > budget) {
            int victim = policy.victim(this::evictable);
            if (victim == 0) {
                break;
            }
            evict(victim);
        }
    }

    synchronized void resize(int pages, SnapshotRegistry.Horizon horizon) {
        budget = Math.max(1, pages);
        policy.resize(budget);
        prune(horizon);
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }

    synchronized int cachedPages() {
        return cached.size();
    }

    synchronized int versionCount() {
        return versions.size();
    }

    synchronized String policyName() {
        return policy.name();
    }

    private Frame pin(int page) throws StorageException {
        Frame frame = cachedFrame(page);
        if (frame != null) {
            hits++;
            policy.accessed(page);
            frame.pins++;
            return frame;
        }
        misses++;
        frame = takeFrame();
        try {
            source.read(page, frame.data);
        } catch (StorageException | RuntimeException e) {
            release(frame);
            throw e;
        }
        frame.page = page;
        frame.pins = 1;
        frame.cached = true;
        cached.put(page, frame.index);
        policy.admitted(page);
        return frame;
    }

    private Frame cachedFrame(int page) {
        int index = cached.get(page);
        return index == IntIntMap.MISSING ? null : frames[index];
    }

    private Frame uncache(int page) {
        int index = cached.remove(page);
        return index == IntIntMap.MISSING ? null : frames[index];
    }

    private boolean evictable(int page) {
        Frame frame = cachedFrame(page);
        return frame != null && frame.pins == 0;
    }

    private void evict(int page) {
        Frame frame = uncache(page);
        frame.cached = false;
        release(frame);
    }

    private Frame takeFrame() {
        Frame frame = free.poll();
        if (frame == null && slabFrames < budget) {
            allocateSlab(Math.min(SLAB_FRAMES, budget - slabFrames));
            frame = free.poll();
        }
        if (frame == null) {
            int victim = policy.victim(this::evictable);
            if (victim != 0) {
                Frame evicted = uncache(victim);
                evicted.cached = false;
                framesInUse--;
                frame = evicted;
            }
        }
        if (frame == null) {
            frame = register(new Frame(ByteBuffer.allocate(pageSize), usableSize, true));
        }
        framesInUse++;
        return frame;
    }

    private void allocateSlab(int frames) {
        ByteBuffer slab = ByteBuffer.allocate(frames * pageSize);
        for (int i = 0; i < frames; i++) {
            ByteBuffer data = slab.duplicate().position(i * pageSize).limit((i + 1) * pageSize).slice();
            free.add(register(new Frame(data, usableSize, false)));
        }
        slabFrames += frames;
    }

    /** Gives the frame its index in {@link #frames} (reusing indexes of dropped overflow frames). */
    private Frame register(Frame frame) {
        Integer reused = unusedIndexes.poll();
        int index = reused != null ? reused : frameSlots++;
        if (index == frames.length) {
            frames = java.util.Arrays.copyOf(frames, frames.length * 2);
        }
        frames[index] = frame;
        frame.index = index;
        return frame;
    }

    private void release(Frame frame) {
        framesInUse--;
        frame.pins = 0;
        if (frame.overflow) {
            frames[frame.index] = null;
            unusedIndexes.push(frame.index);
        } else {
            free.push(frame);
        }
    }
}
