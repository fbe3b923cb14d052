package dev.aliendb.storage.btree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aliendb.storage.StorageException;
import org.junit.jupiter.api.Test;

/** Edge cases of the tree and cursor contracts that random sequences rarely reach. */
class BTreeApiTest {
    private final InMemoryPages pages = new InMemoryPages(508);

    @Test
    void emptyTreesHaveNoRows() throws StorageException {
        TableTree table = BTrees.createTable(pages);
        assertEquals(Long.MIN_VALUE, table.maxRowId());
        assertNull(table.get(0));
        assertFalse(table.delete(0));
        try (TableCursor c = table.cursor()) {
            assertFalse(c.first());
            assertFalse(c.last());
            assertFalse(c.seek(Long.MIN_VALUE));
            assertFalse(c.seekAtOrBefore(Long.MAX_VALUE));
            assertFalse(c.next());
            assertFalse(c.prev());
            assertThrows(IllegalStateException.class, c::rowId);
            assertThrows(IllegalStateException.class, c::payload);
            assertThrows(IllegalStateException.class, () -> c.payloadInto(new byte[8]));
        }
        IndexTree index = BTrees.createIndex(pages);
        assertFalse(index.contains(new byte[0]));
        try (IndexCursor c = index.cursor()) {
            assertFalse(c.seek(new byte[0]));
            assertThrows(IllegalStateException.class, c::key);
        }
    }

    @Test
    void payloadIntoCopiesWhenTheBufferFitsAndOtherwiseReportsTheLength() throws StorageException {
        TableTree table = BTrees.createTable(pages);
        byte[] small = {1, 2, 3};
        byte[] spilled = new byte[3000]; // longer than a cell holds: most of it is on overflow pages
        for (int i = 0; i < spilled.length; i++) {
            spilled[i] = (byte) (i * 7);
        }
        table.put(1, small);
        table.put(2, new byte[0]);
        table.put(3, spilled);
        try (TableCursor c = table.cursor()) {
            byte[] buffer = new byte[16];
            assertTrue(c.first());
            assertEquals(3, c.payloadInto(buffer));
            assertArrayEquals(small, java.util.Arrays.copyOf(buffer, 3));
            assertTrue(c.next());
            assertEquals(0, c.payloadInto(buffer));
            assertTrue(c.next());
            byte[] before = buffer.clone();
            assertEquals(-spilled.length, c.payloadInto(buffer));
            assertArrayEquals(before, buffer, "nothing copied into a short buffer");
            byte[] large = new byte[4000];
            assertEquals(spilled.length, c.payloadInto(large));
            assertArrayEquals(spilled, java.util.Arrays.copyOf(large, spilled.length));
            assertArrayEquals(spilled, c.payload());
        }
    }

    @Test
    void emptyKeyAndEmptyPayloadAreValues() throws StorageException {
        TableTree table = BTrees.createTable(pages);
        table.put(5, new byte[0]);
        assertArrayEquals(new byte[0], table.get(5));
        IndexTree index = BTrees.createIndex(pages);
        assertTrue(index.insert(new byte[0]));
        assertFalse(index.insert(new byte[0]));
        assertTrue(index.insert(new byte[] {0}));
        try (IndexCursor c = index.cursor()) {
            assertTrue(c.first());
            assertArrayEquals(new byte[0], c.key());
            assertTrue(c.next());
            assertArrayEquals(new byte[] {0}, c.key());
            assertTrue(c.seekAtOrBefore(new byte[] {0, 0}));
            assertArrayEquals(new byte[] {0}, c.key());
        }
    }

    @Test
    void hugeValuesSpillAndComeBack() throws StorageException {
        TableTree table = BTrees.createTable(pages);
        byte[] big = TableTreeProperties.payload(1, 300_000, 1);
        table.put(1, big);
        assertArrayEquals(big, table.get(1));
        IndexTree index = BTrees.createIndex(pages);
        byte[] key = big.clone();
        assertTrue(index.insert(key));
        key[key.length - 1]++;
        assertTrue(index.insert(key));
        assertTrue(index.contains(big));
        table.put(1, new byte[1]);
        assertTrue(index.delete(big));
        assertTrue(index.delete(key));
        assertEquals(2, pages.livePages(), "overflow pages are freed on replace and delete");
    }

    @Test
    void readOnlyViewsRefuseChanges() throws StorageException {
        TableTree table = BTrees.createTable(pages);
        table.put(1, new byte[3]);
        pages.setWritable(false);
        StorageException e = assertThrows(StorageException.class, () -> table.put(2, new byte[1]));
        assertEquals("25006", e.sqlState());
        assertThrows(StorageException.class, () -> table.delete(1));
        assertThrows(StorageException.class, table::drop);
        assertThrows(StorageException.class, () -> BTrees.createIndex(pages));
        assertArrayEquals(new byte[3], BTrees.openTable(pages, table.rootPage()).get(1));
    }

    @Test
    void pageSizesOutsideTheFormatAreRefused() {
        assertThrows(StorageException.class, () -> BTrees.createTable(new InMemoryPages(200)));
        assertThrows(StorageException.class, () -> BTrees.createTable(new InMemoryPages(65536)));
    }

    @Test
    void aCursorPinsOnlyItsCurrentLeafAndOnlyWhilePositioned() throws StorageException {
        TableTree table = BTrees.createTable(pages);
        for (long id = 1; id <= 500; id++) {
            table.put(id, new byte[20]);
        }
        assertEquals(500, table.maxRowId());
        assertEquals(0, pages.outstandingPins(), "maxRowId leaves no pin");
        TableCursor c = table.cursor();
        long seen = 0;
        for (boolean on = c.first(); on; on = c.next()) {
            assertEquals(1, pages.outstandingPins());
            assertEquals(++seen, c.rowId());
        }
        assertEquals(500, seen);
        assertEquals(0, pages.outstandingPins(), "a cursor run off the end holds nothing");
        assertTrue(c.seek(250));
        assertTrue(c.prev());
        assertEquals(249, c.rowId());
        assertEquals(1, pages.outstandingPins());
        c.close();
        assertEquals(0, pages.outstandingPins());
        assertFalse(c.valid());
    }
}
