package dev.aliendb.engine.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RecordCodecProperties {

    @Provide
    Arbitrary<List<Object>> rows() {
        return Values.any().list().ofMaxSize(12);
    }

    @Property(tries = 2000)
    void decodeInvertsEncode(@ForAll("rows") List<Object> row) throws Exception {
        Object[] values = row.toArray();
        Object[] decoded = RecordCodec.decode(RecordCodec.encode(values));
        assertTrue(Arrays.deepEquals(values, decoded), () -> Arrays.deepToString(values) + " vs " + Arrays.deepToString(decoded));
    }

    @Property(tries = 1000)
    void singleColumnsDecodeLazily(@ForAll("rows") List<Object> row) throws Exception {
        RecordView view = RecordView.of(RecordCodec.encode(row.toArray()));
        assertEquals(row.size(), view.columnCount());
        for (int i = row.size() - 1; i >= 0; i--) {
            assertTrue(Arrays.deepEquals(new Object[] {row.get(i)}, new Object[] {view.get(i)}));
        }
        assertEquals(null, view.get(row.size()));
    }

    @Property(tries = 500)
    void aRepointedViewShowsOnlyItsLatestRecord(@ForAll("rows") List<Object> first, @ForAll("rows") List<Object> second)
            throws Exception {
        RecordView view = new RecordView().point(RecordCodec.encode(first.toArray()));
        view.point(RecordCodec.encode(second.toArray()));
        assertTrue(Arrays.deepEquals(second.toArray(), view.all()));
        assertEquals(null, view.get(second.size()));
        byte[] full = RecordCodec.encode(first.toArray());
        byte[] damaged = Arrays.copyOf(full, full.length - 1);
        assertThrows(MalformedRecordException.class, () -> view.point(damaged));
        assertEquals(0, view.columnCount());
    }

    @Property(tries = 1000)
    void truncatedRecordsAreMalformed(@ForAll("rows") List<Object> row) throws Exception {
        byte[] full = RecordCodec.encode(row.toArray());
        for (int cut = 0; cut < full.length; cut++) {
            byte[] damaged = Arrays.copyOf(full, cut);
            MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> RecordCodec.decode(damaged));
            assertEquals("XX001", e.sqlState());
        }
    }

    @Property(tries = 3000)
    void randomBytesDecodeOrFailCleanly(@ForAll byte[] garbage) {
        try {
            RecordCodec.decode(garbage);
        } catch (MalformedRecordException expected) {
            assertTrue(expected.getMessage().startsWith("database disk image is malformed"));
        }
    }

    @Test
    void smallIntegersAndNullsCostOnlyTheirCode() throws Exception {
        assertArrayEquals(new byte[] {3, 0, 8, 9}, RecordCodec.encode(new Object[] {null, 0L, 1L}));
        assertEquals(1 + 1 + 1, RecordCodec.encode(new Object[] {-5L}).length);
        assertEquals(1 + 1 + 8, RecordCodec.encode(new Object[] {Long.MIN_VALUE}).length);
    }

    @Test
    void hugeLengthInHeaderIsMalformedNotOutOfMemory() {
        byte[] claim = {1, (byte) 0xF0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F};
        assertThrows(MalformedRecordException.class, () -> RecordCodec.decode(claim));
        byte[] columns = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07};
        assertThrows(MalformedRecordException.class, () -> RecordCodec.decode(columns));
    }
}
