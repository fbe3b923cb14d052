package dev.aliendb.storage.pager;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.vfs.VfsFile;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole-page I/O on the database file. Every page read from disk has its trailer checksum verified
 * (mismatch or short read: {@link CorruptionException} naming the page); every page written gets its
 * trailer computed just before the write. Counts pages read and written.
 */
public final class PageFile implements PageSource {
    private final VfsFile file;
    private final int pageSize;
    private final AtomicLong pagesRead = new AtomicLong();
    private final AtomicLong pagesWritten = new AtomicLong();

    public PageFile(VfsFile file, int pageSize) {
        this.file = file;
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Reads page {@code pageNumber} into {@code dst[0, pageSize)} and verifies its checksum. */
    @Override
    public void read(int pageNumber, ByteBuffer dst) throws StorageException {
        readUnverified(pageNumber, dst);
        if (!PageChecksum.verify(pageNumber, dst, pageSize)) {
            throw new CorruptionException(pageNumber, "checksum mismatch");
        }
    }

    /** Reads the raw page image without checking it; short reads are still reported. */
    public void readUnverified(int pageNumber, ByteBuffer dst) throws StorageException {
        ByteBuffer target = dst.duplicate().position(0).limit(pageSize);
        int n = file.read(offset(pageNumber), target);
        pagesRead.incrementAndGet();
        if (n < pageSize) {
            throw new CorruptionException(pageNumber, "page lies beyond the end of the file (read " + n + " of " + pageSize + " bytes)");
        }
    }

    /** Computes the trailer of {@code src[0, pageSize)} in place and writes the page. */
    public void write(int pageNumber, ByteBuffer src) throws StorageException {
        PageChecksum.seal(pageNumber, src, pageSize);
        writeRaw(pageNumber, src);
    }

    /** Writes a page image exactly as given (journal playback: the image carries its own trailer). */
    public void writeRaw(int pageNumber, ByteBuffer src) throws StorageException {
        file.write(offset(pageNumber), src.duplicate().position(0).limit(pageSize));
        pagesWritten.incrementAndGet();
    }

    public void sync() throws StorageException {
        file.sync();
    }

    public void truncatePages(int pageCount) throws StorageException {
        file.truncate((long) pageCount * pageSize);
    }

    /** Whole pages present in the file. */
    public long pagesOnDisk() throws StorageException {
        return file.size() / pageSize;
    }

    public long pagesRead() {
        return pagesRead.get();
    }

    public long pagesWritten() {
        return pagesWritten.get();
    }

    private long offset(int pageNumber) {
        return (long) (pageNumber - 1) * pageSize;
    }
}
