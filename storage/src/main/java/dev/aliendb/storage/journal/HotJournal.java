package dev.aliendb.storage.journal;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.vfs.Vfs;
import dev.aliendb.storage.vfs.VfsFile;
import java.nio.ByteBuffer;

/**
 * Rolls back a hot journal left by a crash, before anything reads the database: every intact record's
 * original image is written back (playback stops at the first record whose checksum fails: its page was
 * never overwritten, because the database is only written after the records are durable), the database is
 * truncated to its size before the transaction and synced, and only then the journal is deleted. A crash
 * during playback leaves the journal hot, and playing it again is harmless. Never reads more records than
 * the journal file can hold, whatever its header claims.
 */
public final class HotJournal {
    private HotJournal() {
    }

    /** Returns true if a hot journal was found and rolled back. */
    public static boolean rollBackIfHot(Vfs vfs, String dbPath, VfsFile db, boolean readOnly) throws StorageException {
        String path = JournalFormat.journalPath(dbPath);
        if (!vfs.exists(path)) {
            return false;
        }
        ByteBuffer header = ByteBuffer.allocate(JournalFormat.HEADER_SIZE);
        long size;
        try (VfsFile journal = vfs.open(path, false, true)) {
            size = journal.size();
            if (size < JournalFormat.HEADER_SIZE || journal.read(0, header) < JournalFormat.HEADER_SIZE
                    || !JournalFormat.intact(header)) {
                return false;
            }
            if (readOnly) {
                throw new StorageException("25006", "cannot open read-only: a hot journal must be rolled back first: " + path);
            }
            playBack(journal, header, size, db);
        }
        vfs.delete(path);
        return true;
    }

    private static void playBack(VfsFile journal, ByteBuffer header, long size, VfsFile db) throws StorageException {
        int pageSize = JournalFormat.pageSize(header);
        if (pageSize < 512 || pageSize > 65536 || Integer.bitCount(pageSize) != 1) {
            throw new CorruptionException(0, "hot journal declares invalid page size " + pageSize);
        }
        long nonce = JournalFormat.nonce(header);
        int initialPageCount = JournalFormat.initialPageCount(header);
        if (initialPageCount < 0) {
            throw new CorruptionException(0, "hot journal declares invalid page count " + initialPageCount);
        }
        long fits = (size - JournalFormat.HEADER_SIZE) / JournalFormat.recordSize(pageSize);
        long records = Math.min(Integer.toUnsignedLong(JournalFormat.recordCount(header)), fits);
        ByteBuffer record = ByteBuffer.allocate(JournalFormat.recordSize(pageSize));
        for (int i = 0; i < records; i++) {
            record.clear();
            if (journal.read(JournalFormat.recordOffset(i, pageSize), record) < record.capacity()
                    || !JournalFormat.recordIntact(record, nonce, pageSize)) {
                break;
            }
            int page = record.getInt(0);
            if (page >= 1 && page <= initialPageCount) {
                db.write((long) (page - 1) * pageSize, record.duplicate().position(4).limit(4 + pageSize));
            }
        }
        db.truncate((long) initialPageCount * pageSize);
        db.sync();
    }
}
