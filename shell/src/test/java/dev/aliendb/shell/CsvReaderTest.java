package dev.aliendb.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    @Test
    void quotedFieldsWithCommasQuotesAndNewlines() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n3,,z"));
        assertEquals(List.of("a", "b", "c"), r.next());
        assertEquals(2, r.line());
        assertEquals(List.of("1", "x, y", "say \"hi\""), r.next());
        assertEquals(List.of("2", "two\nlines", ""), r.next());
        assertEquals(5, r.line());
        assertEquals(List.of("3", "", "z"), r.next());
        assertNull(r.next());
    }

    @Test
    void trailingNewlineDoesNotMakeAnEmptyRecord() throws IOException {
        CsvReader r = new CsvReader(new StringReader("x\n"));
        assertEquals(List.of("x"), r.next());
        assertNull(r.next());
    }

    @Test
    void unterminatedQuoteNamesItsLine() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a\n\"open,\nstill"));
        r.next();
        IOException e = assertThrows(IOException.class, r::next);
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
