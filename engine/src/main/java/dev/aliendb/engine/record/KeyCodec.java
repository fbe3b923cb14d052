package dev.aliendb.engine.record;

import dev.aliendb.engine.EngineException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Order-preserving, self-delimiting byte encoding of index keys: unsigned byte comparison (memcmp, shorter
 * prefix first) of two encodings has the sign of {@link ValueOrder#compare} on the values, column by column.
 * A key is {@code value_1 .. value_n rowid}; a DESC column's encoding has all its bytes inverted; the row id
 * is the last 8 bytes (big-endian, sign bit flipped). Because every value encoding is prefix-free, the
 * encoding of the first k values is a byte prefix of every key that starts with those values, so prefix
 * ranges are byte ranges: [enc(x), successor(enc(x))) holds exactly the keys whose first values are x.
 * <pre>
 * NULL   0x05
 * number 0x10 -inf | 0x11 negative | 0x12 zero | 0x13 positive | 0x14 +inf
 *        negative/positive: magnitude = length L of the integer part in bytes (1 byte; 0xFF + 4 bytes when
 *        L &gt;= 255), the integer part big-endian, the fraction's decimal digits in pairs (each pair p as p+1),
 *        0x00; inverted for negative numbers. Exact for Long, Double and BigDecimal alike, so 1 and 1.0 are equal.
 * text   0x20, UTF-8 bytes with 0x00 escaped as 0x00 0xFF, then 0x00 0x00 (temporal values as SQL text)
 * blob   0x30, bytes escaped the same way
 * </pre>
 */
public final class KeyCodec {
    static final int TAG_NULL = 0x05;
    static final int TAG_NEG_INF = 0x10;
    static final int TAG_NEG = 0x11;
    static final int TAG_ZERO = 0x12;
    static final int TAG_POS = 0x13;
    static final int TAG_POS_INF = 0x14;
    static final int TAG_TEXT = 0x20;
    static final int TAG_BLOB = 0x30;
    /** Bytes of the row id that ends every full key. */
    public static final int ROWID_BYTES = 8;
    /** Bound on the decimal digits or integer bytes of one key number (a DECIMAL beyond this is rejected). */
    private static final int MAX_NUMBER_BYTES = 4096;

    private KeyCodec() {
    }

    /** The full index key of a row: its indexed values, then the row id. */
    public static byte[] key(Object[] values, List<Boolean> descending, long rowId) throws EngineException {
        ByteSink out = new ByteSink(16 + values.length * 8);
        appendValues(out, values, values.length, descending);
        out.putLong(rowId ^ Long.MIN_VALUE);
        return out.toArray();
    }

    /** The encoding of the first {@code count} values: a prefix of every key starting with them. */
    public static byte[] prefix(Object[] values, int count, List<Boolean> descending) throws EngineException {
        ByteSink out = new ByteSink(16 + count * 8);
        appendValues(out, values, count, descending);
        return out.toArray();
    }

    /** The row id stored at the end of {@code key}. */
    public static long rowId(byte[] key) throws MalformedRecordException {
        if (key.length < ROWID_BYTES) {
            throw new MalformedRecordException("index key of " + key.length + " bytes has no row id");
        }
        return RecordCodec.getInt(key, key.length - ROWID_BYTES, ROWID_BYTES) ^ Long.MIN_VALUE;
    }

    /**
     * The smallest byte string greater than every string that starts with {@code prefix}, or null when there
     * is none (the prefix is all 0xFF): the exclusive upper bound of a prefix range.
     */
    public static byte[] successor(byte[] prefix) {
        int end = prefix.length;
        while (end > 0 && prefix[end - 1] == (byte) 0xFF) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        byte[] out = Arrays.copyOf(prefix, end);
        out[end - 1]++;
        return out;
    }

    private static void appendValues(ByteSink out, Object[] values, int count, List<Boolean> descending)
            throws EngineException {
        for (int i = 0; i < count; i++) {
            int start = out.size();
            appendValue(out, values[i]);
            if (descending != null && i < descending.size() && descending.get(i)) {
                out.invertFrom(start);
            }
        }
    }

    static void appendValue(ByteSink out, Object v) throws EngineException {
        switch (ValueOrder.storageClass(v)) {
            case 0 -> out.put(TAG_NULL);
            case 1 -> appendNumber(out, v);
            case 2 -> appendEscaped(out, TAG_TEXT, ValueOrder.text(v).getBytes(StandardCharsets.UTF_8));
            default -> appendEscaped(out, TAG_BLOB, (byte[]) v);
        }
    }

    private static void appendEscaped(ByteSink out, int tag, byte[] bytes) {
        out.put(tag);
        for (byte b : bytes) {
            out.put(b);
            if (b == 0) {
                out.put(0xFF);
            }
        }
        out.put(0);
        out.put(0);
    }

    private static void appendNumber(ByteSink out, Object v) throws EngineException {
        if (v instanceof Double d && d.isInfinite()) {
            out.put(d > 0 ? TAG_POS_INF : TAG_NEG_INF);
            return;
        }
        if (v instanceof Double d) {
            Long exact = SqlValues.exactLong(d);
            if (exact != null) {
                v = exact;
            }
        }
        if (v instanceof Boolean b) {
            v = b ? 1L : 0L;
        }
        if (v instanceof Long l) {
            appendLong(out, l);
            return;
        }
        BigDecimal d = ValueOrder.toDecimal(v);
        if (d.signum() == 0) {
            out.put(TAG_ZERO);
            return;
        }
        out.put(d.signum() < 0 ? TAG_NEG : TAG_POS);
        int start = out.size();
        BigDecimal magnitude = d.abs();
        BigInteger integer = magnitude.toBigInteger();
        if (integer.bitLength() > MAX_NUMBER_BYTES * 8 || magnitude.scale() > MAX_NUMBER_BYTES) {
            throw new EngineException("22003", "numeric value out of range for an index key: precision "
                    + d.precision() + ", scale " + d.scale());
        }
        byte[] intBytes = integer.signum() == 0 ? new byte[0] : unsignedBytes(integer);
        appendLength(out, intBytes.length);
        for (byte b : intBytes) {
            out.put(b);
        }
        BigDecimal fraction = magnitude.subtract(new BigDecimal(integer));
        if (fraction.signum() != 0) {
            fraction = fraction.stripTrailingZeros();
            String digits = fraction.unscaledValue().toString();
            String padded = "0".repeat(fraction.scale() - digits.length()) + digits;
            if ((padded.length() & 1) == 1) {
                padded += "0";
            }
            for (int i = 0; i < padded.length(); i += 2) {
                out.put(1 + (padded.charAt(i) - '0') * 10 + (padded.charAt(i + 1) - '0'));
            }
        }
        out.put(0);
        if (d.signum() < 0) {
            out.invertFrom(start);
        }
    }

    private static void appendLong(ByteSink out, long l) {
        if (l == 0) {
            out.put(TAG_ZERO);
            return;
        }
        out.put(l < 0 ? TAG_NEG : TAG_POS);
        int start = out.size();
        long magnitude = l < 0 ? -l : l; // Long.MIN_VALUE stays 2^63 read as unsigned
        int len = (64 - Long.numberOfLeadingZeros(magnitude) + 7) / 8;
        out.put(len);
        for (int i = len - 1; i >= 0; i--) {
            out.put((int) (magnitude >>> (8 * i)));
        }
        out.put(0);
        if (l < 0) {
            out.invertFrom(start);
        }
    }

    private static void appendLength(ByteSink out, int len) {
        if (len < 0xFF) {
            out.put(len);
        } else {
            out.put(0xFF);
            out.putInt(len);
        }
    }

    private static byte[] unsignedBytes(BigInteger v) {
        byte[] b = v.toByteArray();
        return b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }
}
