package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Result-set behaviour over in-memory rows (the same class serves queries, keys and metadata). */
class InMemoryResultSetTest {
    private static ResultSet people() {
        return new MetadataTable("ID:long", "Name", "Score:int", "Active:boolean")
                .add(1L, "ann", 10, true)
                .add(2L, null, null, false)
                .add(3L, "cy", 30, null)
                .toResultSet();
    }

    @Test
    void typedGettersAndWasNull() throws SQLException {
        try (ResultSet rs = people()) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            assertEquals("ann", rs.getString("name"));
            assertEquals(10L, rs.getLong("SCORE"));
            assertTrue(rs.getBoolean(4));
            assertEquals(new BigDecimal(10), rs.getBigDecimal(3));
            assertEquals(10, rs.getObject(3));
            assertEquals(1L, rs.getObject(1));
            assertEquals(Boolean.TRUE, rs.getObject(4));
            assertTrue(rs.next());
            assertNull(rs.getString(2));
            assertTrue(rs.wasNull());
            assertEquals(0, rs.getInt(3));
            assertTrue(rs.wasNull());
            assertEquals(2, rs.getInt(1));
            assertFalse(rs.wasNull());
            assertNull(rs.getObject(3, Integer.class));
        }
    }

    @Test
    void getObjectWithClass() throws SQLException {
        try (ResultSet rs = people()) {
            rs.next();
            assertEquals(Integer.valueOf(1), rs.getObject(1, Integer.class));
            assertEquals("10", rs.getObject(3, String.class));
            assertEquals(10.0, rs.getObject(3, Double.class));
            assertEquals(Boolean.TRUE, rs.getObject(4, Boolean.class));
            assertEquals("22018", assertThrows(SQLException.class, () -> rs.getObject(2, LocalDate.class))
                    .getSQLState());
            assertEquals("22018", assertThrows(SQLException.class, () -> rs.getInt(2)).getSQLState());
        }
    }

    @Test
    void scrolling() throws SQLException {
        try (ResultSet rs = people()) {
            assertEquals(ResultSet.TYPE_SCROLL_INSENSITIVE, rs.getType());
            assertTrue(rs.isBeforeFirst());
            assertTrue(rs.last());
            assertEquals(3, rs.getRow());
            assertTrue(rs.isLast());
            assertTrue(rs.previous());
            assertEquals(2, rs.getInt(1));
            assertTrue(rs.first());
            assertTrue(rs.isFirst());
            assertTrue(rs.absolute(-1));
            assertEquals(3, rs.getInt(1));
            assertTrue(rs.relative(-2));
            assertEquals(1, rs.getInt(1));
            assertFalse(rs.relative(10));
            assertTrue(rs.isAfterLast());
            assertEquals(0, rs.getRow());
            rs.beforeFirst();
            assertTrue(rs.next());
            assertFalse(rs.absolute(0));
            assertTrue(rs.isBeforeFirst());
            rs.afterLast();
            assertFalse(rs.next());
        }
    }

    @Test
    void emptyResultIsNeitherBeforeFirstNorAfterLast() throws SQLException {
        try (ResultSet rs = new MetadataTable("A").toResultSet()) {
            assertFalse(rs.isBeforeFirst());
            assertFalse(rs.next());
            assertFalse(rs.isAfterLast());
        }
    }

    @Test
    void errors() throws SQLException {
        ResultSet rs = people();
        assertEquals("24000", assertThrows(SQLException.class, () -> rs.getInt(1)).getSQLState());
        rs.next();
        assertEquals("07009", assertThrows(SQLException.class, () -> rs.getInt(5)).getSQLState());
        assertEquals("07009", assertThrows(SQLException.class, () -> rs.getInt(0)).getSQLState());
        assertEquals("42S22", assertThrows(SQLException.class, () -> rs.getInt("nope")).getSQLState());
        assertThrows(SQLFeatureNotSupportedException.class, () -> rs.updateInt(1, 5));
        assertThrows(SQLFeatureNotSupportedException.class, rs::insertRow);
        rs.close();
        assertTrue(rs.isClosed());
        assertEquals("08003", assertThrows(SQLException.class, rs::next).getSQLState());
        assertEquals("08003", assertThrows(SQLException.class, () -> rs.getString(1)).getSQLState());
        rs.close(); // idempotent
    }

    @Test
    void metaData() throws SQLException {
        try (ResultSet rs = people()) {
            ResultSetMetaData md = rs.getMetaData();
            assertEquals(4, md.getColumnCount());
            assertEquals("Name", md.getColumnLabel(2));
            assertEquals(Types.BIGINT, md.getColumnType(1));
            assertEquals("BIGINT", md.getColumnTypeName(1));
            assertEquals(Long.class.getName(), md.getColumnClassName(1));
            assertEquals(Integer.class.getName(), md.getColumnClassName(3));
            assertTrue(md.isSigned(3));
            assertFalse(md.isSigned(2));
            assertEquals(ResultSetMetaData.columnNullable, md.isNullable(2));
            assertEquals("07009", assertThrows(SQLException.class, () -> md.getColumnName(9)).getSQLState());
            assertEquals(2, rs.findColumn("NAME"));
        }
    }

    @Test
    void streamsAndLobs() throws Exception {
        try (ResultSet rs = new MetadataTable("T").add("héllo").toResultSet()) {
            rs.next();
            assertEquals("héllo", new String(rs.getBinaryStream(1).readAllBytes(), "UTF-8"));
            assertEquals("héllo", rs.getClob(1).getSubString(1, 5));
            assertArrayEquals("héllo".getBytes("UTF-8"), rs.getBlob(1).getBytes(1, 6));
            char[] buffer = new char[5];
            assertEquals(5, rs.getCharacterStream(1).read(buffer));
            assertEquals("héllo", new String(buffer));
        }
    }

    @Test
    void likePatterns() {
        assertTrue(CatalogMetadata.pattern("cust%").matcher("Customers").matches());
        assertTrue(CatalogMetadata.pattern("a_c").matcher("abc").matches());
        assertFalse(CatalogMetadata.pattern("a\\_c").matcher("abc").matches());
        assertTrue(CatalogMetadata.pattern("a\\_c").matcher("a_c").matches());
        assertTrue(CatalogMetadata.pattern(null).matcher("anything").matches());
        assertFalse(CatalogMetadata.pattern("t.x").matcher("tax").matches());
    }
}
