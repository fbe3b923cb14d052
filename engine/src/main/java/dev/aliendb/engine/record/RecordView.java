package dev.aliendb.engine.record;

/**
 * A parsed record header over the encoded bytes: column count, and each column's type code and body offset,
 * validated against the record length on construction. Columns decode on demand ({@link #get}), so a scan that
 * needs one column pays only for that one.
 */
public final class RecordView {
    private final byte[] bytes;
    private final long[] codes;
    private final int[] offsets;

    private RecordView(byte[] bytes, long[] codes, int[] offsets) {
        this.bytes = bytes;
        this.codes = codes;
        this.offsets = offsets;
    }

    public static RecordView of(byte[] record) throws MalformedRecordException {
        if (record == null) {
            throw new MalformedRecordException("missing record");
        }
        int[] pos = {0};
        long count = Varint.read(record, pos, record.length);
        if (count < 0 || count > record.length - pos[0]) {
            throw new MalformedRecordException("record header claims " + count + " columns in " + record.length + " bytes");
        }
        int n = (int) count;
        long[] codes = new long[n];
        for (int i = 0; i < n; i++) {
            codes[i] = Varint.read(record, pos, record.length);
        }
        int[] offsets = new int[n];
        long offset = pos[0];
        for (int i = 0; i < n; i++) {
            long size = RecordCodec.bodySize(codes[i]);
            if (size < 0) {
                throw new MalformedRecordException("unknown type code " + codes[i] + " in column " + i);
            }
            offsets[i] = (int) offset;
            offset += size;
            if (offset > record.length) {
                throw new MalformedRecordException("column " + i + " runs past the end of a " + record.length + "-byte record");
            }
        }
        if (offset != record.length) {
            throw new MalformedRecordException((record.length - offset) + " trailing bytes after the last column");
        }
        return new RecordView(record, codes, offsets);
    }

    public int columnCount() {
        return codes.length;
    }

    /** Column {@code i}'s value, or null when the record has fewer columns (a column added later). */
    public Object get(int i) throws MalformedRecordException {
        return i < codes.length ? RecordCodec.decodeValue(bytes, offsets[i], codes[i]) : null;
    }

    public Object[] all() throws MalformedRecordException {
        Object[] row = new Object[codes.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = get(i);
        }
        return row;
    }
}
