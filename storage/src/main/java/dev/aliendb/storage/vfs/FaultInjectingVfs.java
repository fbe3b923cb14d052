package dev.aliendb.storage.vfs;

import dev.aliendb.storage.StorageException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A {@link MemoryVfs} that misbehaves on purpose, for crash and error tests (the model of SQLite's
 * crash tests).
 * <ul>
 * <li><b>Power cuts.</b> For every file it remembers the 512-byte sectors written since that file's last
 * {@code sync} together with their durable (pre-write) content, and the durable size. {@link #powerCut(long)}
 * turns the files into a state the disk could be in after losing power: each unsynced sector is
 * independently kept, dropped (durable content restored) or torn (a seeded-random split of new and old
 * bytes); unsynced growth of the file is lost unless a kept sector lies beyond it. Every handle opened
 * before the cut is dead afterwards (the process "died"), which also releases its lock.</li>
 * <li><b>Crash points.</b> {@link #crashAtOp(long)} makes the Nth write-or-sync from now the last thing the
 * "process" does: that write is applied (unsynced) and then it and every later call throw, as if the
 * process lost power there.</li>
 * <li><b>Injected errors.</b> {@link #failNth} makes the Nth call of one kind throw an I/O error
 * (58030) or "disk full" (53100) without touching the file.</li>
 * </ul>
 * Model assumptions (documented in docs/file-format.md): {@code truncate} and {@code delete} are atomic
 * and durable when they return (a journaling file system's metadata), sector writes are the unit of
 * tearing, and a sync makes every earlier write of that file durable.
 */
public final class FaultInjectingVfs implements Vfs {
    public static final int SECTOR = 512;

    /** The kinds of call that can be counted and failed. */
    public enum Op { READ, WRITE, SYNC }

    /** What an injected failure looks like. */
    public enum Fault { IO_ERROR, DISK_FULL }

    private final MemoryVfs base;
    private final Map<String, Unsynced> unsynced = new HashMap<>();
    private final List<FaultFile> handles = new ArrayList<>();
    private final EnumMap<Op, Long> counts = new EnumMap<>(Op.class);
    private final EnumMap<Op, long[]> failAt = new EnumMap<>(Op.class);
    private final EnumMap<Op, Fault> failKind = new EnumMap<>(Op.class);
    private long crashAt = -1;
    private long writesAndSyncs;
    private boolean dead;
    private String crashThread;

    public FaultInjectingVfs() {
        this(new MemoryVfs());
    }

    public FaultInjectingVfs(MemoryVfs base) {
        this.base = base;
        for (Op op : Op.values()) {
            counts.put(op, 0L);
        }
    }

    /** The underlying files (as they are now, including unsynced writes). */
    public MemoryVfs base() {
        return base;
    }

    /** Makes the {@code n}th (1-based, counted from now) call of kind {@code op} throw once. */
    public synchronized void failNth(Op op, long n, Fault kind) {
        failAt.put(op, new long[] {counts.get(op) + n});
        failKind.put(op, kind);
    }

    /** Cancels pending {@link #failNth} failures. */
    public synchronized void clearFailures() {
        failAt.clear();
    }

    /** The Nth write or sync from now (1-based) is the last operation before a simulated power loss. */
    public synchronized void crashAtOp(long n) {
        crashAt = writesAndSyncs + n;
        crashThread = null;
    }

    /** The name of the thread whose call hit the last crash point, or null (tests check where cuts land). */
    public synchronized String crashThread() {
        return crashThread;
    }

    /** Whether a crash point was reached (the "process" is dead until {@link #powerCut}). */
    public synchronized boolean crashed() {
        return dead;
    }

    /** Number of calls of kind {@code op} so far. */
    public synchronized long count(Op op) {
        return counts.get(op);
    }

    /**
     * Simulates losing power now: unsynced sectors are kept, dropped or torn (seeded by {@code seed}),
     * every open handle dies, pending failures and crash points are cleared.
     */
    public synchronized void powerCut(long seed) throws StorageException {
        Random random = new Random(seed);
        killHandles();
        for (Map.Entry<String, Unsynced> e : unsynced.entrySet()) {
            if (base.exists(e.getKey())) {
                applyPowerCut(e.getKey(), e.getValue(), random);
            }
        }
        unsynced.clear();
    }

    /**
     * Simulates the process dying ({@code kill -9}) while the machine keeps running: every handle dies,
     * but every write already made stays (the operating system still has it).
     */
    public synchronized void killProcess() throws StorageException {
        killHandles();
    }

    private void killHandles() throws StorageException {
        for (FaultFile handle : handles) {
            handle.dead = true;
            handle.inner.close();
        }
        handles.clear();
        failAt.clear();
        crashAt = -1;
        dead = false;
    }

    private void applyPowerCut(String path, Unsynced state, Random random) throws StorageException {
        try (VfsFile file = base.open(path, false, false)) {
            long currentSize = file.size();
            long newSize = state.durableSize;
            for (Map.Entry<Long, byte[]> sector : state.oldSectors.entrySet()) {
                long start = sector.getKey() * SECTOR;
                if (start >= currentSize) {
                    continue;
                }
                int len = (int) Math.min(SECTOR, currentSize - start);
                byte[] old = start >= state.durableSize ? new byte[SECTOR] : sector.getValue();
                int choice = random.nextInt(3);
                if (choice == 0) {
                    newSize = Math.max(newSize, start + len);
                } else if (choice == 1) {
                    file.write(start, ByteBuffer.wrap(old, 0, len));
                } else {
                    int cut = 1 + random.nextInt(Math.max(1, len - 1));
                    boolean newFirst = random.nextBoolean();
                    ByteBuffer oldPart = newFirst ? ByteBuffer.wrap(old, cut, len - cut) : ByteBuffer.wrap(old, 0, cut);
                    file.write(newFirst ? start + cut : start, oldPart);
                    newSize = Math.max(newSize, start + len);
                }
            }
            if (newSize < currentSize) {
                file.truncate(newSize);
            }
        }
    }

    @Override
    public synchronized VfsFile open(String path, boolean create, boolean readOnly) throws StorageException {
        checkAlive(path);
        boolean existed = base.exists(path);
        VfsFile inner = base.open(path, create, readOnly);
        if (!existed) {
            unsynced.computeIfAbsent(path, p -> new Unsynced(0));
        }
        FaultFile file = new FaultFile(path, inner);
        handles.add(file);
        return file;
    }

    @Override
    public synchronized boolean exists(String path) throws StorageException {
        checkAlive(path);
        return base.exists(path);
    }

    @Override
    public synchronized void delete(String path) throws StorageException {
        checkAlive(path);
        base.delete(path);
        unsynced.remove(path);
    }

    private void checkAlive(String path) throws StorageException {
        if (dead) {
            throw new StorageException(IoErrors.IO_ERROR, "simulated power loss: " + path);
        }
    }

    /** Counts the call and throws if it is a failure point; returns true if it is the crash point. */
    private boolean enter(Op op, String path) throws StorageException {
        checkAlive(path);
        long n = counts.merge(op, 1L, Long::sum);
        long[] at = failAt.get(op);
        if (at != null && at[0] == n) {
            failAt.remove(op);
            if (failKind.get(op) == Fault.DISK_FULL) {
                throw IoErrors.diskFull(path, null);
            }
            throw new StorageException(IoErrors.IO_ERROR, "disk I/O error (injected " + op + " failure #" + n + "): " + path);
        }
        if (op != Op.READ) {
            writesAndSyncs++;
            if (writesAndSyncs == crashAt) {
                dead = true;
                crashThread = Thread.currentThread().getName();
                return true;
            }
        }
        return false;
    }

    /** Durable state of one file: its size at the last sync and the pre-write content of changed sectors. */
    private static final class Unsynced {
        long durableSize;
        final TreeMap<Long, byte[]> oldSectors = new TreeMap<>();

        Unsynced(long durableSize) {
            this.durableSize = durableSize;
        }
    }

    private final class FaultFile implements VfsFile {
        final String path;
        final VfsFile inner;
        boolean dead;

        FaultFile(String path, VfsFile inner) {
            this.path = path;
            this.inner = inner;
        }

        private void checkHandle() throws StorageException {
            if (dead) {
                throw new StorageException(IoErrors.IO_ERROR, "simulated power loss: " + path);
            }
        }

        private Unsynced state() throws StorageException {
            Unsynced state = unsynced.get(path);
            if (state == null) {
                state = new Unsynced(inner.size());
                unsynced.put(path, state);
            }
            return state;
        }

        @Override
        public int read(long offset, ByteBuffer dst) throws StorageException {
            synchronized (FaultInjectingVfs.this) {
                checkHandle();
                enter(Op.READ, path);
                return inner.read(offset, dst);
            }
        }

        @Override
        public void write(long offset, ByteBuffer src) throws StorageException {
            synchronized (FaultInjectingVfs.this) {
                checkHandle();
                boolean crash = enter(Op.WRITE, path);
                Unsynced state = state();
                long end = offset + src.remaining();
                for (long sector = offset / SECTOR; sector * SECTOR < end; sector++) {
                    if (!state.oldSectors.containsKey(sector)) {
                        byte[] old = new byte[SECTOR];
                        inner.read(sector * SECTOR, ByteBuffer.wrap(old));
                        state.oldSectors.put(sector, old);
                    }
                }
                inner.write(offset, src);
                if (crash) {
                    throw new StorageException(IoErrors.IO_ERROR, "simulated power loss after write: " + path);
                }
            }
        }

        @Override
        public void sync() throws StorageException {
            synchronized (FaultInjectingVfs.this) {
                checkHandle();
                if (enter(Op.SYNC, path)) {
                    throw new StorageException(IoErrors.IO_ERROR, "simulated power loss before sync: " + path);
                }
                inner.sync();
                unsynced.put(path, new Unsynced(inner.size()));
            }
        }

        @Override
        public void truncate(long size) throws StorageException {
            synchronized (FaultInjectingVfs.this) {
                checkHandle();
                checkAlive(path);
                Unsynced state = state();
                inner.truncate(size);
                state.durableSize = size;
                state.oldSectors.tailMap((size + SECTOR - 1) / SECTOR, true).clear();
            }
        }

        @Override
        public long size() throws StorageException {
            synchronized (FaultInjectingVfs.this) {
                checkHandle();
                return inner.size();
            }
        }

        @Override
        public void lockExclusive() throws StorageException {
            synchronized (FaultInjectingVfs.this) {
                checkHandle();
                inner.lockExclusive();
            }
        }

        @Override
        public void close() throws StorageException {
            synchronized (FaultInjectingVfs.this) {
                handles.remove(this);
                inner.close();
            }
        }
    }
}
