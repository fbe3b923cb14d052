package dev.aliendb.engine.record;

import dev.aliendb.engine.EngineException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The row format. A record is {@code varint n, n varint type codes, n value bodies}; the body length of every
 * column follows from its code alone, so any column can be located from the header without decoding others.
 * <pre>
 * code 0      NULL (no body)            code 8, 9   integer 0, 1 (no body)
 * code 1..6   integer, 1/2/3/4/6/8 bytes big-endian two's complement
 * code 7      REAL, 8 bytes IEEE 754    code 10, 11 BOOLEAN false, true (no body)
 * code >= 16  16 + 8*len + kind, body of len bytes; kind 0 TEXT (UTF-8), 1 BLOB,
 *             2 DECIMAL (varint zigzag scale, unscaled two's complement), 3 DATE (epoch day, signed),
 *             4 TIME (nano of day, signed), 5 TIMESTAMP (6 bytes nano of day, then epoch day, signed)
 * </pre>
 * Invariant: {@code decode(encode(row))} equals {@code row} for normalized values ({@link SqlValues#normalize});
 * decoding validates every length against the record size and reports damage as {@link MalformedRecordException}.
 */
public final class RecordCodec {
    static final int NULL = 0;
    static final int REAL = 7;
    static final int ZERO = 8;
    static final int ONE = 9;
    static final int FALSE = 10;
    static final int TRUE = 11;
    static final int VAR_BASE = 16;
    static final int TEXT = 0;
    static final int BLOB = 1;
    static final int DECIMAL = 2;
    static final int DATE = 3;
    static final int TIME = 4;
    static final int TIMESTAMP = 5;
    private static final int[] INT_SIZES = {0, 1, 2, 3, 4, 6, 8};
    private static final int NANOS_BYTES = 6;

    private RecordCodec() {
    }

    public static byte[] encode(Object[] row) throws EngineException {
        int n = row.length;
        long[] codes = new long[n];
        byte[][] bodies = new byte[n][];
        int size = Varint.size(n);
        for (int i = 0; i < n; i++) {
            Object v = row[i];
            long code;
            if (v instanceof byte[] || v instanceof String || v instanceof BigDecimal || SqlValues.isTemporal(v)) {
                bodies[i] = varBody(v);
                code = VAR_BASE + 8L * bodies[i].length + kindOf(v);
                size += bodies[i].length;
            } else {
                code = fixedCode(v);
                size += bodySize(code);
            }
            codes[i] = code;
            size += Varint.size(code);
        }
        byte[] out = new byte[size];
        int pos = Varint.write(out, 0, n);
        for (long code : codes) {
            pos = Varint.write(out, pos, code);
        }
        for (int i = 0; i < n; i++) {
            pos = writeBody(out, pos, codes[i], row[i], bodies[i]);
        }
        return out;
    }

    public static Object[] decode(byte[] record) throws MalformedRecordException {
        return RecordView.of(record).all();
    }

    private static long fixedCode(Object v) throws EngineException {
        if (v == null) {
            return NULL;
        }
        if (v instanceof Long l) {
            return intCode(l);
        }
        if (v instanceof Double) {
            return REAL;
        }
        if (v instanceof Boolean b) {
            return b ? TRUE : FALSE;
        }
        throw new EngineException("HY004", "unsupported value type: " + v.getClass().getName());
    }

    private static int intCode(long v) {
        if (v == 0) {
            return ZERO;
        }
        if (v == 1) {
            return ONE;
        }
        for (int code = 1; code < 6; code++) {
            int bits = INT_SIZES[code] * 8;
            if (v >= -(1L << (bits - 1)) && v < (1L << (bits - 1))) {
                return code;
            }
        }
        return 6;
    }

    private static int kindOf(Object v) {
        if (v instanceof String) {
            return TEXT;
        }
        if (v instanceof byte[]) {
            return BLOB;
        }
        if (v instanceof BigDecimal) {
            return DECIMAL;
        }
        if (v instanceof LocalDate) {
            return DATE;
        }
        return v instanceof LocalTime ? TIME : TIMESTAMP;
    }

    private static byte[] varBody(Object v) {
        if (v instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof BigDecimal d) {
            byte[] unscaled = d.unscaledValue().toByteArray();
            long zigzag = ((long) d.scale() << 1) ^ ((long) d.scale() >> 63);
            byte[] out = new byte[Varint.size(zigzag) + unscaled.length];
            int pos = Varint.write(out, 0, zigzag);
            System.arraycopy(unscaled, 0, out, pos, unscaled.length);
            return out;
        }
        if (v instanceof LocalDate d) {
            return minimalSigned(d.toEpochDay());
        }
        if (v instanceof LocalTime t) {
            return minimalSigned(t.toNanoOfDay());
        }
        LocalDateTime ts = (LocalDateTime) v;
        byte[] day = minimalSigned(ts.toLocalDate().toEpochDay());
        byte[] out = new byte[NANOS_BYTES + day.length];
        putInt(out, 0, NANOS_BYTES, ts.toLocalTime().toNanoOfDay());
        System.arraycopy(day, 0, out, NANOS_BYTES, day.length);
        return out;
    }

    private static byte[] minimalSigned(long v) {
        int len = 1;
        while (len < 8 && (v < -(1L << (8 * len - 1)) || v >= (1L << (8 * len - 1)))) {
            len++;
        }
        byte[] out = new byte[len];
        putInt(out, 0, len, v);
        return out;
    }

    private static int writeBody(byte[] out, int pos, long code, Object v, byte[] body) {
        if (body != null) {
            System.arraycopy(body, 0, out, pos, body.length);
            return pos + body.length;
        }
        if (code >= 1 && code <= 6) {
            int len = INT_SIZES[(int) code];
            putInt(out, pos, len, (Long) v);
            return pos + len;
        }
        if (code == REAL) {
            putInt(out, pos, 8, Double.doubleToRawLongBits((Double) v));
            return pos + 8;
        }
        return pos;
    }

    private static void putInt(byte[] out, int pos, int len, long v) {
        for (int i = len - 1; i >= 0; i--) {
            out[pos + i] = (byte) v;
            v >>= 8;
        }
    }

    /** Body length of a value with this type code, or -1 for an unknown code. */
    static long bodySize(long code) {
        if (code >= VAR_BASE) {
            return (code - VAR_BASE) >>> 3;
        }
        if (code >= 1 && code <= 6) {
            return INT_SIZES[(int) code];
        }
        if (code == REAL) {
            return 8;
        }
        return code == NULL || (code >= ZERO && code <= TRUE) ? 0 : -1;
    }

    static long getInt(byte[] in, int pos, int len) {
        long v = in[pos]; // sign-extends the first byte
        for (int i = 1; i < len; i++) {
            v = (v << 8) | (in[pos + i] & 0xFF);
        }
        return v;
    }

    /** Decodes the body at {@code pos} for {@code code}; lengths were validated by the caller. */
    static Object decodeValue(byte[] in, int pos, long code) throws MalformedRecordException {
        if (code < VAR_BASE) {
            return switch ((int) code) {
                case NULL -> null;
                case ZERO -> 0L;
                case ONE -> 1L;
                case FALSE -> Boolean.FALSE;
                case TRUE -> Boolean.TRUE;
                case REAL -> Double.longBitsToDouble(getInt(in, pos, 8));
                default -> getInt(in, pos, INT_SIZES[(int) code]);
            };
        }
        int len = (int) bodySize(code);
        int kind = (int) ((code - VAR_BASE) & 7);
        try {
            return switch (kind) {
                case TEXT -> new String(in, pos, len, StandardCharsets.UTF_8);
                case BLOB -> java.util.Arrays.copyOfRange(in, pos, pos + len);
                case DECIMAL -> decodeDecimal(in, pos, len);
                case DATE -> LocalDate.ofEpochDay(signed(in, pos, len, 1, 8));
                case TIME -> LocalTime.ofNanoOfDay(signed(in, pos, len, 1, 8));
                case TIMESTAMP -> LocalDateTime.of(
                        LocalDate.ofEpochDay(signed(in, pos + NANOS_BYTES, len - NANOS_BYTES, 1, 8)),
                        LocalTime.ofNanoOfDay(getInt(in, pos, NANOS_BYTES)));
                default -> throw new MalformedRecordException("unknown value kind " + kind);
            };
        } catch (java.time.DateTimeException e) {
            throw new MalformedRecordException("temporal value out of range: " + e.getMessage());
        }
    }

    private static long signed(byte[] in, int pos, int len, int min, int max) throws MalformedRecordException {
        if (len < min || len > max) {
            throw new MalformedRecordException("bad integer length " + len);
        }
        return getInt(in, pos, len);
    }

    private static BigDecimal decodeDecimal(byte[] in, int pos, int len) throws MalformedRecordException {
        int[] p = {pos};
        long zigzag = Varint.read(in, p, pos + len);
        long scale = (zigzag >>> 1) ^ -(zigzag & 1);
        int unscaledLen = pos + len - p[0];
        if (unscaledLen < 1 || scale != (int) scale) {
            throw new MalformedRecordException("bad DECIMAL value");
        }
        return new BigDecimal(new BigInteger(in, p[0], unscaledLen), (int) scale);
    }
}
