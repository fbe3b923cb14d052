package dev.aliendb.storage.journal;

import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.vfs.Vfs;
import dev.aliendb.storage.vfs.VfsFile;
import java.nio.ByteBuffer;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The on-disk rollback journal for DELETE, TRUNCATE and PERSIST (format in {@link JournalFormat}).
 * <p>
 * Sync rules (SQLite's): OFF never syncs. NORMAL writes the header with the final record count before
 * its one sync of the records. FULL and EXTRA write the header with record count 0, sync the records,
 * rewrite the header with the real count and sync again, so a header claiming N records is never durable
 * before the records. Finishing (the commit point) deletes the file (DELETE), truncates it to 0 (TRUNCATE)
 * or zeroes its header (PERSIST); with FULL and EXTRA the truncation / zeroing is synced before commit
 * returns, so a committed transaction is never rolled back by a stale hot journal.
 */
final class FileJournal implements Journal {
    private final JournalMode mode;
    private final Vfs vfs;
    private final String path;
    private final int pageSize;
    private final ByteBuffer record;
    private VfsFile file;
    private long nonce;
    private int initialPageCount;
    private int records;

    FileJournal(JournalMode mode, Vfs vfs, String path, int pageSize) {
        this.mode = mode;
        this.vfs = vfs;
        this.path = path;
        this.pageSize = pageSize;
        this.record = ByteBuffer.allocate(JournalFormat.recordSize(pageSize));
    }

    @Override
    public void begin(int initialPageCount) throws StorageException {
        if (file == null) {
            file = vfs.open(path, true, false);
        }
        this.nonce = ThreadLocalRandom.current().nextLong();
        this.initialPageCount = initialPageCount;
        this.records = 0;
        file.write(0, JournalFormat.header(pageSize, nonce, initialPageCount, 0));
    }

    @Override
    public void add(int pageNumber, ByteBuffer originalImage) throws StorageException {
        record.clear();
        record.putInt(0, pageNumber);
        record.put(4, originalImage, 0, pageSize);
        JournalFormat.sealRecord(record, nonce, pageSize);
        file.write(JournalFormat.recordOffset(records, pageSize), record);
        records++;
    }

    @Override
    public void seal(SyncMode sync) throws StorageException {
        if (sync == SyncMode.FULL || sync == SyncMode.EXTRA) {
            file.sync();
        }
        file.write(0, JournalFormat.header(pageSize, nonce, initialPageCount, records));
        if (sync != SyncMode.OFF) {
            file.sync();
        }
    }

    @Override
    public void finish(SyncMode sync) throws StorageException {
        switch (mode) {
            case DELETE:
                closeFile();
                vfs.delete(path);
                break;
            case TRUNCATE:
                file.truncate(0);
                if (sync == SyncMode.FULL || sync == SyncMode.EXTRA) {
                    file.sync();
                }
                break;
            default:
                // NORMAL syncs too: the next transaction overwrites these records, and a zeroed header
                // that was lost would make this journal hot with records no longer intact
                file.write(0, ByteBuffer.allocate(JournalFormat.HEADER_SIZE));
                if (sync != SyncMode.OFF) {
                    file.sync();
                }
                break;
        }
    }

    @Override
    public void abandon() {
        try {
            closeFile();
            vfs.delete(path);
        } catch (StorageException e) {
            // the journal stays; it is only hot if its header is intact, and playing it back then restores
            // exactly the images the database still has, because the database was not written
        }
    }

    @Override
    public void close() throws StorageException {
        closeFile();
    }

    private void closeFile() throws StorageException {
        if (file != null) {
            VfsFile f = file;
            file = null;
            f.close();
        }
    }
}
