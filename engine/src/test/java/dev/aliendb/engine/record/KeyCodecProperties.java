package dev.aliendb.engine.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KeyCodecProperties {

    @Provide
    Arbitrary<Object> values() {
        return Values.any();
    }

    @Provide
    Arbitrary<Object> numbers() {
        return Values.numbers();
    }

    @Provide
    Arbitrary<List<Object>> tuples() {
        return Values.any().list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Boolean>> directions() {
        return net.jqwik.api.Arbitraries.of(true, false).list().ofSize(3);
    }

    private static int bytes(byte[] a, byte[] b) {
        return Integer.signum(Arrays.compareUnsigned(a, b));
    }

    private static void assertSameOrder(Object a, Object b) throws Exception {
        int expected = ReferenceOrder.compare(a, b);
        assertEquals(expected, Integer.signum(ValueOrder.compare(a, b)), () -> a + " vs " + b);
        assertEquals(expected, bytes(KeyCodec.prefix(new Object[] {a}, 1, null), KeyCodec.prefix(new Object[] {b}, 1, null)),
                () -> a + " vs " + b);
    }

    @Property(tries = 5000)
    void keyOrderIsSqliteOrder(@ForAll("values") Object a, @ForAll("values") Object b) throws Exception {
        assertSameOrder(a, b);
    }

    @Property(tries = 5000)
    void numbersOfEveryClassInterleave(@ForAll("numbers") Object a, @ForAll("numbers") Object b) throws Exception {
        assertSameOrder(a, b);
    }

    @Property(tries = 1500)
    void tuplesCompareColumnByColumnThenByRowId(@ForAll("tuples") List<Object> a, @ForAll("tuples") List<Object> b,
                                                @ForAll("directions") List<Boolean> desc, @ForAll long ra, @ForAll long rb)
            throws Exception {
        int n = Math.min(a.size(), b.size());
        Object[] x = a.subList(0, n).toArray();
        Object[] y = b.subList(0, n).toArray();
        int expected = 0;
        for (int i = 0; i < n && expected == 0; i++) {
            expected = ReferenceOrder.compare(x[i], y[i]) * (desc.get(i) ? -1 : 1);
        }
        if (expected == 0) {
            expected = Long.signum(Long.compare(ra, rb));
        }
        byte[] kx = KeyCodec.key(x, desc, ra);
        byte[] ky = KeyCodec.key(y, desc, rb);
        assertEquals(expected, bytes(kx, ky));
        assertEquals(ra, KeyCodec.rowId(kx));
    }

    @Property(tries = 3000)
    void prefixRangeHoldsExactlyTheKeysWithThatPrefix(@ForAll("tuples") List<Object> key, @ForAll("values") Object probe,
                                                     @ForAll("directions") List<Boolean> desc, @ForAll long rowId)
            throws Exception {
        Object[] full = key.toArray();
        byte[] encoded = KeyCodec.key(full, desc, rowId);
        Object[] bound = {probe};
        byte[] low = KeyCodec.prefix(bound, 1, desc);
        byte[] high = KeyCodec.successor(low);
        boolean inRange = Arrays.compareUnsigned(encoded, low) >= 0 && (high == null || Arrays.compareUnsigned(encoded, high) < 0);
        assertEquals(ReferenceOrder.compare(full[0], probe) == 0, inRange, () -> key + " prefix " + probe);
    }

    @Test
    void integersAndEqualRealsEncodeIdentically() throws Exception {
        assertArrayEquals(KeyCodec.prefix(new Object[] {1L}, 1, null), KeyCodec.prefix(new Object[] {1.0}, 1, null));
        assertArrayEquals(KeyCodec.prefix(new Object[] {0L}, 1, null), KeyCodec.prefix(new Object[] {-0.0}, 1, null));
        assertArrayEquals(KeyCodec.prefix(new Object[] {true}, 1, null), KeyCodec.prefix(new Object[] {new java.math.BigDecimal("1.000")}, 1, null));
        assertTrue(bytes(KeyCodec.prefix(new Object[] {(1L << 53) + 1}, 1, null),
                KeyCodec.prefix(new Object[] {(double) (1L << 53)}, 1, null)) > 0);
    }

    @Test
    void otherJavaNumbersCompareByValue() {
        assertEquals(0, ValueOrder.compare(3, 3L));
        assertEquals(0, ValueOrder.compare(1.5f, 1.5));
        assertEquals(-1, Integer.signum(ValueOrder.compare(java.math.BigInteger.TWO.pow(70), Double.POSITIVE_INFINITY)));
        assertEquals(1, Integer.signum(ValueOrder.compare("7", (short) 7)));
    }

    @Test
    void successorOfAllOnesIsUnbounded() {
        assertNull(KeyCodec.successor(new byte[] {(byte) 0xFF, (byte) 0xFF}));
        assertArrayEquals(new byte[] {1, 3}, KeyCodec.successor(new byte[] {1, 2, (byte) 0xFF}));
    }
}
