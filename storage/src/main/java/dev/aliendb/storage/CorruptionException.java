package dev.aliendb.storage;

/**
 * The database file (or its journal/WAL) is damaged: a checksum mismatch, an impossible length, a page
 * pointer out of range or a cycle. The message always starts with "database disk image is malformed" and
 * names the page. Never retried, never "repaired" silently.
 */
public class CorruptionException extends StorageException {
    private final long pageNumber;

    public CorruptionException(long pageNumber, String detail) {
        super("XX001", "database disk image is malformed: page " + pageNumber + ": " + detail);
        this.pageNumber = pageNumber;
    }

    /** The page found damaged, or 0 when the damage is not tied to one page (e.g. the file header). */
    public long pageNumber() {
        return pageNumber;
    }
}
