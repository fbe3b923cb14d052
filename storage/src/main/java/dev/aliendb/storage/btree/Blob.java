package dev.aliendb.storage.btree;

import java.nio.ByteBuffer;
import java.util.Arrays;

import dev.aliendb.storage.CorruptionException;
import dev.aliendb.storage.StorageException;
import dev.aliendb.storage.page.PageAccess;

/**
 * A byte string stored in a cell, spilling to an {@link OverflowChain} when long:
 * <pre>
 *   varint n (total length) | first L bytes (L = localSize(n)) | u32 first overflow page, only if L &lt; n
 * </pre>
 * The varint is unsigned LEB128 (7 bits per byte, low group first, at most 5 bytes, value &lt;= 2^31-1).
 * {@code localSize} depends only on {@code n} and the usable page size, so a cell can be moved between
 * pages unchanged. Limits guarantee any cell (blob plus at most 8 bytes of other fields) takes at most a
 * quarter of a page, so a split always yields two fitting halves.
 */
final class Blob {
    private final PageAccess pages;
    private final int usable;
    private final int maxLocal;
    private final int minLocal;
    private final int overflowCapacity;

    Blob(PageAccess pages) {
        this.pages = pages;
        this.usable = pages.usableSize();
        int maxCell = NodePage.capacity(usable) / 4 - 2;
        this.maxLocal = maxCell - 21;
        this.minLocal = maxLocal / 4;
        this.overflowCapacity = OverflowChain.capacity(usable);
    }

    /** Largest cell any format produces, pointer excluded. */
    static int maxCell(int usable) {
        return NodePage.capacity(usable) / 4 - 2;
    }

    /** Bytes of an {@code n}-byte value kept in the cell; the rest (if any) spills. */
    int localSize(int n) {
        if (n <= maxLocal) {
            return n;
        }
        int local = minLocal + (n - minLocal) % overflowCapacity;
        return local <= maxLocal ? local : minLocal;
    }

    int encodedSize(int n) {
        int local = localSize(n);
        return varintSize(n) + local + (local < n ? 4 : 0);
    }

    /** Writes the encoding of {@code data} (spilling as needed) at {@code dest[pos..]}; returns the end. */
    int write(byte[] data, byte[] dest, int pos) throws StorageException {
        int n = data.length;
        int local = localSize(n);
        pos = putVarint(dest, pos, n);
        System.arraycopy(data, 0, dest, pos, local);
        pos += local;
        if (local < n) {
            int first = OverflowChain.write(pages, data, local, n - local);
            ByteBuffer.wrap(dest).putInt(pos, first);
            pos += 4;
        }
        return pos;
    }

    /** Encoded size of the blob at {@code off}, checked to lie within the page. */
    int size(ByteBuffer b, int off, int pageNo) throws CorruptionException {
        long header = varint(b, off, pageNo);
        int n = (int) header;
        int local = localSize(n);
        int size = (int) (header >>> 32) + local + (local < n ? 4 : 0);
        if (off + size > usable) {
            throw new CorruptionException(pageNo, "cell at offset " + off + " runs past the page end");
        }
        return size;
    }

    /** The whole value of the blob at {@code off}. */
    byte[] read(ByteBuffer b, int off, int pageNo) throws StorageException {
        long header = checkedHeader(b, off, pageNo);
        byte[] value = new byte[(int) header];
        copy(b, off, pageNo, header, value);
        return value;
    }

    /**
     * Copies the whole value of the blob at {@code off} to the start of {@code dst} and returns its length
     * n, or returns -n and copies nothing when {@code dst} is shorter than n.
     */
    int readInto(ByteBuffer b, int off, int pageNo, byte[] dst) throws StorageException {
        long header = checkedHeader(b, off, pageNo);
        int n = (int) header;
        if (n > dst.length) {
            return -n;
        }
        copy(b, off, pageNo, header, dst);
        return n;
    }

    /** The length varint of the blob at {@code off} (as {@link #varint}), checked against the page and the file. */
    private long checkedHeader(ByteBuffer b, int off, int pageNo) throws CorruptionException {
        long header = varint(b, off, pageNo);
        int n = (int) header;
        int start = off + (int) (header >>> 32);
        int local = localSize(n);
        if (start + local + (local < n ? 4 : 0) > usable) {
            throw new CorruptionException(pageNo, "cell at offset " + off + " runs past the page end");
        }
        if (local < n && (long) n - local > (long) overflowCapacity * pages.pageCount()) {
            throw new CorruptionException(pageNo, "value length " + n + " exceeds the database size");
        }
        return header;
    }

    /** Copies the blob at {@code off} with the checked {@code header} into {@code dst}. */
    private void copy(ByteBuffer b, int off, int pageNo, long header, byte[] dst) throws StorageException {
        int n = (int) header;
        int start = off + (int) (header >>> 32);
        int local = localSize(n);
        b.get(start, dst, 0, local);
        if (local < n) {
            OverflowChain.walk(pages, pageNo, b.getInt(start + local), n - local, dst, local, null);
        }
    }

    /** Calls {@code visitor} for each overflow page of the blob at {@code off}, after checking the chain. */
    void walkOverflow(ByteBuffer b, int off, int pageNo, OverflowChain.PageVisitor visitor) throws StorageException {
        long header = varint(b, off, pageNo);
        int n = (int) header;
        int local = localSize(n);
        if (local < n) {
            int start = off + (int) (header >>> 32);
            OverflowChain.walk(pages, pageNo, b.getInt(start + local), n - local, null, 0, visitor);
        }
    }

    /** Frees the overflow chain of the blob at {@code off}, if any. */
    void free(ByteBuffer b, int off, int pageNo) throws StorageException {
        walkOverflow(b, off, pageNo, pages::free);
    }

    /** Compares {@code key} with the blob at {@code off} as unsigned bytes, shorter prefix first. */
    int compare(byte[] key, ByteBuffer b, int off, int pageNo) throws StorageException {
        long header = varint(b, off, pageNo);
        int n = (int) header;
        int start = off + (int) (header >>> 32);
        int local = localSize(n);
        if (start + local > usable) {
            throw new CorruptionException(pageNo, "cell at offset " + off + " runs past the page end");
        }
        int common = Math.min(key.length, local);
        int c = comparePrefix(key, b, start, common);
        if (c != 0) {
            return c;
        }
        if (local == n) {
            return Integer.compare(key.length, n);
        }
        if (key.length <= local) {
            return -1;
        }
        return Arrays.compareUnsigned(key, read(b, off, pageNo));
    }

    /** Unsigned comparison of {@code key[0, len)} with {@code b[start, start+len)}. */
    private static int comparePrefix(byte[] key, ByteBuffer b, int start, int len) {
        if (b.hasArray()) {
            int base = b.arrayOffset() + start;
            return Arrays.compareUnsigned(key, 0, len, b.array(), base, base + len);
        }
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            long x = (long) (key[i] & 0xff) << 56 | (long) (key[i + 1] & 0xff) << 48 | (long) (key[i + 2] & 0xff) << 40
                    | (long) (key[i + 3] & 0xff) << 32 | (long) (key[i + 4] & 0xff) << 24 | (key[i + 5] & 0xff) << 16
                    | (key[i + 6] & 0xff) << 8 | (key[i + 7] & 0xff);
            long y = b.getLong(start + i);
            if (x != y) {
                return Long.compareUnsigned(x, y);
            }
        }
        for (; i < len; i++) {
            int c = (key[i] & 0xff) - (b.get(start + i) & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static int varintSize(int n) {
        int size = 1;
        while ((n >>>= 7) != 0) {
            size++;
        }
        return size;
    }

    private static int putVarint(byte[] dest, int pos, int n) {
        while ((n & ~0x7f) != 0) {
            dest[pos++] = (byte) (n & 0x7f | 0x80);
            n >>>= 7;
        }
        dest[pos++] = (byte) n;
        return pos;
    }

    /** Reads a varint at {@code off}: returns (bytes used &lt;&lt; 32) | value. */
    private long varint(ByteBuffer b, int off, int pageNo) throws CorruptionException {
        if (off < usable) {
            int first = b.get(off);
            if (first >= 0) {
                return 1L << 32 | first; // one byte, the common case
            }
        }
        long value = 0;
        for (int i = 0; i < 5; i++) {
            if (off + i >= usable) {
                break;
            }
            int x = b.get(off + i) & 0xff;
            value |= (long) (x & 0x7f) << (7 * i);
            if ((x & 0x80) == 0) {
                if (value > Integer.MAX_VALUE) {
                    break;
                }
                return (long) (i + 1) << 32 | value;
            }
        }
        throw new CorruptionException(pageNo, "bad length at offset " + off);
    }
}
