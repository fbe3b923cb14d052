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
 * Invariants: the frames before {@code endOffset} are valid and committed and never change until the log
 * restarts; a frame is indexed only after the write of its whole commit returned (and then under the pool's
 * lock, so that a reader's miss never sees the index change under it); appends start at {@code endOffset},
 * so the frames of a failed append are simply overwritten.
 * <p>
 * Checkpoints are incremental and may copy while commits append ({@link #takeBackfill}, {@link #copy},
 * {@link #backfilled}): the first {@code backfilledFrames} frames are in the database file (synced unless
 * OFF), and {@code unbackfilled} holds, for every page changed by a later frame, its newest frame. The
 * database file's copy of a page is read only when the index has no frame for that page, and every page a
 * checkpoint writes into the file has a frame in the index until the log restarts; so overwriting the file
 * never changes what any reader sees (snapshots older than the newest commit read their images from the
 * pager's version store, never from the file or the log). Frames are copied only once the log holding them
 * is durable (a crash mid-copy is repaired by replaying the log), and the log restarts (new salts, synced
 * header, index cleared under the pool's lock) only when every frame is backfilled, so a crash at any point
 * leaves either the old log (replayed) or a database that already holds everything.
 * Synchronous FULL/EXTRA sync the log before a commit is acknowledged (one {@link #syncLog} may cover many
 * commits, see the pager's GroupCommit); NORMAL only at checkpoints (commits since the last checkpoint may be
 * lost on power failure, the database stays consistent); OFF never. Used under the store's commit lock,
 * except {@link #syncLog} and {@link #copy}.
 */
public final class Wal implements PageSource, AutoCloseable {
    private final Vfs vfs;
    private final String path;
    private final VfsFile file;
    private final PageFile db;
    private final int pageSize;
    /** Page -> file offset of its newest committed frame. */
    private final Map<Integer, Long> index = new HashMap<>();
    /** Page -> file offset of its newest frame not yet copied into the database file. */
    private Map<Integer, Long> unbackfilled = new HashMap<>();
    private int backfilledFrames;
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
                unbackfilled.putAll(uncommitted);
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
        unbackfilled.clear();
        backfilledFrames = 0;
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
            unbackfilled.put(pending[i], pendingOffsets[i]);
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
        readFrameAt(at, page, dst);
    }

    /** Decodes the frame of {@code page} at offset {@code at} into {@code dst}, verifying it. Thread-safe. */
    private void readFrameAt(long at, int page, ByteBuffer dst) throws StorageException {
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

    /** Frames already copied into the database file (a prefix of the log). */
    public int backfilledFrames() {
        return backfilledFrames;
    }

    /** Whether every committed frame is in the database file (the log may restart). */
    public boolean fullyBackfilled() {
        return backfilledFrames >= committedFrames;
    }

    /** The frames not yet copied, as of now: the newest frame of each page changed since the last copy. */
    public record Backfill(int[] pages, long[] offsets, int throughFrame, int pageCount) {
        public boolean isEmpty() {
            return pages.length == 0;
        }
    }

    /**
     * Takes the frames a copy should move into the database file (under the commit lock); commits appended
     * later belong to the next one. The caller must make the log durable up to here before {@link #copy}.
     */
    public Backfill takeBackfill() {
        int[] pages = new int[unbackfilled.size()];
        long[] offsets = new long[pages.length];
        int i = 0;
        for (Map.Entry<Integer, Long> e : unbackfilled.entrySet()) {
            pages[i] = e.getKey();
            offsets[i++] = e.getValue();
        }
        unbackfilled = new HashMap<>();
        return new Backfill(pages, offsets, committedFrames, pageCount);
    }

    /**
     * Writes the frames of {@code backfill} into the database file, truncates it to the page count of the
     * last commit they cover and syncs it (unless OFF). Needs no lock: those frames never change before the
     * log restarts, which only the (single) checkpointer does, and readers never read the pages it writes
     * from the file (see the class comment).
     */
    public void copy(Backfill backfill, SyncMode sync) throws StorageException {
        ByteBuffer page = ByteBuffer.allocate(pageSize);
        for (int i = 0; i < backfill.pages.length; i++) {
            page.clear();
            readFrameAt(backfill.offsets[i], backfill.pages[i], page);
            db.writeRaw(backfill.pages[i], page);
        }
        db.truncatePages(backfill.pageCount);
        if (sync != SyncMode.OFF) {
            db.sync();
        }
    }

    /** Records that {@link #copy} of {@code backfill} returned (under the commit lock). */
    public void backfilled(Backfill backfill) {
        backfilledFrames = Math.max(backfilledFrames, backfill.throughFrame);
    }

    /**
     * Completes a checkpoint under the commit lock, with no log sync in flight: copies the frames not yet
     * backfilled (after syncing the log, unless OFF: after a crash in the copy the log restores the pages
     * written so far) and starts a new log generation. {@code resetGuard} runs the final switch while no
     * reader can be loading a page.
     */
    public void checkpoint(SyncMode sync, Guard resetGuard) throws StorageException {
        if (committedFrames == 0) {
            return;
        }
        if (backfilledFrames < committedFrames) {
            if (sync != SyncMode.OFF) {
                file.sync();
            }
            Backfill rest = takeBackfill();
            copy(rest, sync);
            backfilled(rest);
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
