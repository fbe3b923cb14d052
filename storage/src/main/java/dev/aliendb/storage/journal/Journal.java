package dev.aliendb.storage.journal;

import dev.aliendb.storage.JournalMode;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.SyncMode;
import dev.aliendb.storage.vfs.Vfs;
import java.nio.ByteBuffer;

/**
 * Where a commit puts the original images of the pages it is about to overwrite. The commit calls
 * {@link #begin}, {@link #add} per page, {@link #seal} (after which the originals are as durable as the
 * sync mode promises), writes the database, and then {@link #finish} (the commit point) or, when it failed
 * before touching the database, {@link #abandon}.
 */
public interface Journal extends AutoCloseable {
    void begin(int initialPageCount) throws StorageException;

    void add(int pageNumber, ByteBuffer originalImage) throws StorageException;

    void seal(SyncMode sync) throws StorageException;

    void finish(SyncMode sync) throws StorageException;

    /** Best effort: makes the journal not hot. Never throws. */
    void abandon();

    @Override
    void close() throws StorageException;

    /** The journal for {@code mode}: a file for DELETE, TRUNCATE and PERSIST; nothing for MEMORY and OFF. */
    static Journal forMode(JournalMode mode, Vfs vfs, String dbPath, int pageSize) throws StorageException {
        switch (mode) {
            case DELETE:
            case TRUNCATE:
            case PERSIST:
                return new FileJournal(mode, vfs, JournalFormat.journalPath(dbPath), pageSize);
            case MEMORY:
            case OFF:
                return new NoJournal();
            default:
                throw new StorageException("0A000", "journal_mode=" + mode + " is not implemented");
        }
    }
}
