package dev.aliendb.storage.wal;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.pager.PageChecksum;
import dev.aliendb.storage.pager.PageFile;
import dev.aliendb.storage.pager.PageSource;
import dev.aliendb.storage.vfs.Vfs;
import dev.aliendb.storage.vfs.VfsFile;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The write-ahead log of one database (format in {@link WalFormat}). Commits append their pages as
 * frames (payloads LZ4-compressed when that pays, see {@link FrameCodec}), the last one marked with the
 * database size; an in-memory index maps each page to its newest
 * committed frame, and {@link #read} serves the pool's misses from it (falling back to the database file).
 * <p>
 * Invariants: the frames before {@code endOffset} are valid and committed; a frame is indexed
 * only after the write of its whole commit returned (and then under the pool's lock, so that a reader's
 * miss never sees the index change under it); appends start at {@code endOffset}, so the frames of a
 * failed append are simply overwritten; a checkpoint copies the newest frame of every page into
 * the database, syncs it, and only then starts a new generation (new salts, synced header) so that a crash
 * at any point leaves either the old log (replayed) or a database that already holds everything.
 * Synchronous FULL/EXTRA sync the log before a commit is acknowledged (one {@link #syncLog} may cover many
 * commits, see the pager's GroupCommit); NORMAL only at checkpoints (commits since the last checkpoint may be
 * lost on power failure, the database stays consistent); OFF never. Used under the store's commit lock,
 * except {@link #syncLog}.
 */
public final class Wal implements PageSource, AutoCloseable {
    private final Vfs vfs;
    private final String path;
    private final VfsFile file;
    private final PageFile db;
    private final int pageSize;
    /** Page -> file offset of its newest committed frame. */
    private final Map<Integer, Long> index = new HashMap<>();
    private final ByteBuffer frame;
    private int committedFrames;
    private long endOffset = WalFormat.HEADER_SIZE;
    private int lastCrc;
    private int salt1;
    private int salt2;
    private int checkpointSeq;
    private int pageCount;
    private int[] pending = new int[0];
    private long[] pendingOffsets = new long[0];
    private long pendingEnd;
    private int pendingCrc;
    private int pendingPageCount;
    private boolean compression = true;

    private Wal(Vfs vfs, String path, VfsFile file, PageFile db) {
        this.vfs = vfs;
        this.path = path;
        this.file = file;
        this.db = db;
        this.pageSize = db.pageSize();
        this.frame = ByteBuffer.allocate(WalFormat.FRAME_HEADER + pageSize);
    }

    /** Opens the log of {@code dbPath}, recovering its committed frames, or starts an empty one. */
    public static Wal open(Vfs vfs, String dbPath, PageFile db) throws StorageException {
        String path = WalFormat.walPath(dbPath);
        VfsFile file = vfs.open(path, true, false);
        Wal wal = new Wal(vfs, path, file, db);
        try {
            if (!wal.recover()) {
                wal.startGeneration(ThreadLocalRandom.current().nextInt());
            }
        } catch (StorageException | RuntimeException e) {
            file.close();
            throw e;
        }
        return wal;
    }

    /** Whether {@code dbPath} has a log file (committed frames possibly pending). */
    public static boolean exists(Vfs vfs, String dbPath) throws StorageException {
        return vfs.exists(WalFormat.walPath(dbPath));
    }

    /**
     * The page size declared by an intact log header, or 0. Used when the database file's own header is
     * damaged (torn by a crash during a checkpoint): the log then holds the current page 1.
     */
    public static int pageSizeOfIntactLog(Vfs vfs, String dbPath) throws StorageException {
        if (!exists(vfs, dbPath)) {
            return 0;
        }
        ByteBuffer header = ByteBuffer.allocate(WalFormat.HEADER_SIZE);
        try (VfsFile file = vfs.open(WalFormat.walPath(dbPath), false, true)) {
            if (file.read(0, header) < WalFormat.HEADER_SIZE) {
                return 0;
            }
        }
        int pageSize = header.getInt(12);
        return pageSize >= 512 && pageSize <= 65536 && Integer.bitCount(pageSize) == 1
                && WalFormat.headerIntact(header, pageSize) ? pageSize : 0;
    }

    private boolean recover() throws StorageException {
        long size = file.size();
        ByteBuffer header = ByteBuffer.allocate(WalFormat.HEADER_SIZE);
        if (size < WalFormat.HEADER_SIZE || file.read(0, header) < WalFormat.HEADER_SIZE || !WalFormat.headerIntact(header, pageSize)) {
            return false;
        }
        checkpointSeq = header.getInt(16);
        salt1 = header.getInt(20);
        salt2 = header.getInt(24);
        int crc = header.getInt(28);
        lastCrc = crc;
        Map<Integer, Long> uncommitted = new HashMap<>();
        int frames = 0;
        for (long at = WalFormat.HEADER_SIZE; at < size; ) {
            int length = readFrame(at);
            if (length < 0 || frame.getInt(8) != salt1 || frame.getInt(12) != salt2
                    || frame.getInt(20) != WalFormat.frameCrc(frame, length, crc) || frame.getInt(0) < 1) {
                break;
            }
            crc = frame.getInt(20);
            uncommitted.put(frame.getInt(0), at);
            frames++;
            at += WalFormat.FRAME_HEADER + length;
            if (frame.getInt(4) != 0) {
                index.putAll(uncommitted);
                uncommitted.clear();
                committedFrames = frames;
                endOffset = at;
                lastCrc = crc;
                pageCount = frame.getInt(4);
            }
        }
        return true;
    }

    /** Reads the frame at {@code at} into {@link #frame}; returns its payload length, or -1 if impossible. */
    private int readFrame(long at) throws StorageException {
        frame.clear();
        int n = file.read(at, frame);
        int length = n >= WalFormat.FRAME_HEADER ? frame.getInt(16) : -1;
        return length >= 1 && length <= pageSize && n >= WalFormat.FRAME_HEADER + length ? length : -1;
    }

    private void startGeneration(int newSalt1) throws StorageException {
        salt1 = newSalt1;
        salt2 = ThreadLocalRandom.current().nextInt();
        checkpointSeq++;
        ByteBuffer header = WalFormat.header(pageSize, checkpointSeq, salt1, salt2);
        lastCrc = header.getInt(28);
        file.write(0, header);
        file.sync();
        file.truncate(WalFormat.HEADER_SIZE);
        index.clear();
        committedFrames = 0;
        endOffset = WalFormat.HEADER_SIZE;
        pageCount = 0;
    }

    /** Frames committed since the last checkpoint. */
    public int frames() {
        return committedFrames;
    }

    /** The database page count of the last commit in the log, or 0 when the log is empty. */
    public int pageCount() {
        return pageCount;
    }

    /**
     * Writes one commit: {@code pages} in order (page number, full image with trailer already sealed), the
     * last frame marked with {@code pageCountAfter}; {@link #syncLog} makes it durable. Nothing
     * is indexed until {@link #publish()}: a failed write is overwritten by the next one.
     */
    public void write(List<Map.Entry<Integer, ByteBuffer>> pages, int pageCountAfter) throws StorageException {
        int crc = lastCrc;
        long at = endOffset;
        long[] offsets = new long[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            Map.Entry<Integer, ByteBuffer> page = pages.get(i);
            frame.clear();
            int length = FrameCodec.encode(page.getValue(), frame, pageSize, compression);
            crc = WalFormat.sealFrame(frame, page.getKey(), i == pages.size() - 1 ? pageCountAfter : 0, salt1, salt2, length, crc);
            file.write(at, frame.duplicate().position(0).limit(WalFormat.FRAME_HEADER + length));
            offsets[i] = at;
            at += WalFormat.FRAME_HEADER + length;
        }
        pending = pages.stream().map(Map.Entry::getKey).mapToInt(Integer::intValue).toArray();
        pendingOffsets = offsets;
        pendingEnd = at;
        pendingCrc = crc;
        pendingPageCount = pageCountAfter;
    }

    /**
     * Syncs the log file: every frame written before the call is durable when it returns. Safe to call
     * from another thread while a commit appends (group commit); the caller must keep it from overlapping
     * a checkpoint or {@link #close}.
     */
    public void syncLog() throws StorageException {
        file.sync();
    }

    /** Whether frames written from now on may carry LZ4-compressed payloads. */
    public void setCompression(boolean on) {
        compression = on;
    }

    /** Makes the last {@link #write} visible to {@link #read}; the caller holds the pool's lock. */
    public void publish() {
        for (int i = 0; i < pending.length; i++) {
            index.put(pending[i], pendingOffsets[i]);
        }
        committedFrames += pending.length;
        endOffset = pendingEnd;
        lastCrc = pendingCrc;
        pageCount = pendingPageCount;
        pending = new int[0];
    }

    /** Reads the newest committed image of {@code page}: from the log if it has one, else from the file. */
    @Override
    public void read(int page, ByteBuffer dst) throws StorageException {
        Long at = index.get(page);
        if (at == null) {
            db.read(page, dst);
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate(WalFormat.FRAME_HEADER + pageSize);
        int n = file.read(at, buffer);
        int length = n >= WalFormat.FRAME_HEADER ? buffer.getInt(16) : -1;
        if (length < 1 || length > pageSize || n < WalFormat.FRAME_HEADER + length) {
            throw new CorruptionException(page, "WAL frame at offset " + at + " is truncated");
        }
        FrameCodec.decode(buffer, length, dst, pageSize, page);
        if (!PageChecksum.verify(page, dst, pageSize)) {
            throw new CorruptionException(page, "checksum mismatch in the WAL frame at offset " + at);
        }
    }

    /**
     * Copies the newest frame of every page into the database file, syncs it (unless OFF) and starts a new
     * log generation. {@code resetGuard} runs the final switch while no reader can be loading a page.
     */
    public void checkpoint(SyncMode sync, Guard resetGuard) throws StorageException {
        if (committedFrames == 0) {
            return;
        }
        if (sync != SyncMode.OFF) {
            // the log must be durable before the database file changes: after a crash in the copy, the
            // log is what restores the pages written so far (NORMAL has not synced these frames yet)
            file.sync();
        }
        ByteBuffer page = ByteBuffer.allocate(pageSize);
        for (Map.Entry<Integer, Long> e : index.entrySet()) {
            page.clear();
            read(e.getKey(), page);
            db.writeRaw(e.getKey(), page);
        }
        db.truncatePages(pageCount);
        if (sync != SyncMode.OFF) {
            db.sync();
        }
        resetGuard.run(() -> startGeneration(salt1 + 1));
    }

    /** Runs the log reset under the caller's lock. */
    public interface Guard {
        void run(Reset reset) throws StorageException;
    }

    /** The log reset itself. */
    public interface Reset {
        void run() throws StorageException;
    }

    /** Closes the log file; {@code delete} removes it (after a final checkpoint). */
    public void close(boolean delete) throws StorageException {
        file.close();
        if (delete) {
            vfs.delete(path);
        }
    }

    @Override
    public void close() throws StorageException {
        close(false);
    }
}
