package dev.aliendb.engine.record;

/**
 * A parsed record header over the encoded bytes: column count, and each column's type code and body offset,
 * validated against the record length when the view is pointed at a record. Columns decode on demand
 * ({@link #get}), so a scan that needs one column pays only for that one.
 * <p>
 * A view can be re-pointed ({@link #point}) at the next record: a cursor keeps one view and its header
 * arrays for all its rows, so parsing a row allocates nothing once the arrays fit the widest record seen.
 * A view whose {@link #point} failed reads as a record of no columns until pointed again.
 */
public final class RecordView {
    private byte[] bytes;
    private long[] codes;
    private int[] offsets;
    private int count;

    /** An empty view, to be {@link #point pointed} at a record. */
    public RecordView() {
        this.codes = new long[8];
        this.offsets = new int[8];
    }

    /** A new view of {@code record}. */
    public static RecordView of(byte[] record) throws MalformedRecordException {
        return new RecordView().point(record);
    }

    /** Parses and validates the header of {@code record} and makes this view show it; returns this view. */
    public RecordView point(byte[] record) throws MalformedRecordException {
        if (record == null) {
            count = 0;
            bytes = null;
            throw new MalformedRecordException("missing record");
        }
        return point(record, record.length);
    }

    /**
     * Like {@link #point(byte[])} for the record in {@code record[0, length)} (a buffer reused across rows;
     * the caller must not change it while reading this view).
     */
    public RecordView point(byte[] record, int length) throws MalformedRecordException {
        count = 0;
        bytes = null;
        int[] pos = {0};
        long declared = length > 0 && record[0] >= 0 ? record[pos[0]++] : Varint.read(record, pos, length);
        if (declared < 0 || declared > length - pos[0]) {
            throw new MalformedRecordException("record header claims " + declared + " columns in " + length + " bytes");
        }
        int n = (int) declared;
        if (n > codes.length) {
            codes = new long[Math.max(n, codes.length * 2)];
            offsets = new int[codes.length];
        }
        for (int i = 0; i < n; i++) {
            int p = pos[0];
            codes[i] = p < length && record[p] >= 0 ? record[pos[0]++] : Varint.read(record, pos, length);
        }
        long offset = pos[0];
        for (int i = 0; i < n; i++) {
            long size = RecordCodec.bodySize(codes[i]);
            if (size < 0) {
                throw new MalformedRecordException("unknown type code " + codes[i] + " in column " + i);
            }
            offsets[i] = (int) offset;
            offset += size;
            if (offset > length) {
                throw new MalformedRecordException("column " + i + " runs past the end of a " + length + "-byte record");
            }
        }
        if (offset != length) {
            throw new MalformedRecordException((length - offset) + " trailing bytes after the last column");
        }
        bytes = record;
        count = n;
        return this;
    }

    public int columnCount() {
        return count;
    }

    /** Column {@code i}'s value, or null when the record has fewer columns (a column added later). */
    public Object get(int i) throws MalformedRecordException {
        return i < count ? RecordCodec.decodeValue(bytes, offsets[i], codes[i]) : null;
    }

    public Object[] all() throws MalformedRecordException {
        Object[] row = new Object[count];
        for (int i = 0; i < row.length; i++) {
            row[i] = get(i);
        }
        return row;
    }
}
