package dev.aliendb.storage.journal;

import dev.aliendb.storage.SyncMode;
import java.nio.ByteBuffer;

/**
 * journal_mode MEMORY and OFF: nothing is written. The pager keeps a write transaction's original images
 * in memory anyway (for snapshots and to undo a failed commit), so MEMORY and OFF behave alike here; a
 * crash in the middle of a commit can leave the database corrupt in both, as in SQLite.
 */
final class NoJournal implements Journal {
    @Override
    public void begin(int initialPageCount) {
    }

    @Override
    public void add(int pageNumber, ByteBuffer originalImage) {
    }

    @Override
    public void seal(SyncMode sync) {
    }

    @Override
    public void finish(SyncMode sync) {
    }

    @Override
    public void abandon() {
    }

    @Override
    public void close() {
    }
}
