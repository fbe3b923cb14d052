package dev.aliendb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseMetaDataTest extends ConnectionFixture {
    private DatabaseMetaData md;

    @BeforeEach
    void schema() throws SQLException {
        exec("CREATE TABLE customers(id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL, email TEXT UNIQUE,"
                        + " balance DECIMAL(10,2) DEFAULT 0)",
                "CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER, total DOUBLE, placed DATE)",
                "CREATE INDEX orders_customer ON orders(customer_id, placed DESC)",
                "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100");
        md = conn.getMetaData();
    }

    private static List<String> column(ResultSet rs, String name) throws SQLException {
        List<String> values = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                values.add(rs.getString(name));
            }
        }
        return values;
    }

    private static List<String> labels(ResultSet rs) throws SQLException {
        ResultSetMetaData m = rs.getMetaData();
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= m.getColumnCount(); i++) {
            labels.add(m.getColumnLabel(i));
        }
        return labels;
    }

    @Test
    void identity() throws SQLException {
        assertEquals("AlienDB", md.getDatabaseProductName());
        assertEquals(DriverVersion.VERSION, md.getDatabaseProductVersion());
        assertEquals(DriverVersion.VERSION, md.getDriverVersion());
        assertEquals(4, md.getJDBCMajorVersion());
        assertEquals(2, md.getJDBCMinorVersion());
        assertEquals("\"", md.getIdentifierQuoteString());
        assertEquals(url, md.getURL());
        assertEquals(conn, md.getConnection());
    }

    @Test
    void capabilities() throws SQLException {
        assertTrue(md.supportsTransactions());
        assertTrue(md.supportsSavepoints());
        assertTrue(md.supportsBatchUpdates());
        assertTrue(md.supportsGetGeneratedKeys());
        assertTrue(md.supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE));
        assertFalse(md.supportsResultSetType(ResultSet.TYPE_SCROLL_SENSITIVE));
        assertFalse(md.supportsResultSetConcurrency(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE));
        assertFalse(md.supportsStoredProcedures());
        assertTrue(md.nullsAreSortedLow());
    }

    @Test
    void tablesAndViews() throws SQLException {
        assertEquals(List.of("customers", "orders", "big_orders"), column(md.getTables(null, null, "%", null),
                "TABLE_NAME"));
        assertEquals(List.of("TABLE", "TABLE", "VIEW"), column(md.getTables(null, null, null, null), "TABLE_TYPE"));
        assertEquals(List.of("big_orders"), column(md.getTables(null, null, null, new String[] {"VIEW"}),
                "TABLE_NAME"));
        assertEquals(List.of("customers"), column(md.getTables(null, null, "CUST%", new String[] {"TABLE"}),
                "TABLE_NAME"));
        assertEquals(10, labels(md.getTables(null, null, null, null)).size());
        assertEquals(List.of("TABLE", "VIEW"), column(md.getTableTypes(), "TABLE_TYPE"));
        assertFalse(md.getSchemas().next());
        assertFalse(md.getCatalogs().next());
    }

    @Test
    void columnsHaveAllTwentyFourFields() throws SQLException {
        ResultSet rs = md.getColumns(null, null, "customers", "%");
        assertEquals(List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME",
                "COLUMN_SIZE", "BUFFER_LENGTH", "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE", "REMARKS",
                "COLUMN_DEF", "SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH", "ORDINAL_POSITION",
                "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE",
                "IS_AUTOINCREMENT", "IS_GENERATEDCOLUMN"), labels(rs));
        try (rs) {
            assertTrue(rs.next());
            assertEquals("id", rs.getString("COLUMN_NAME"));
            assertEquals(Types.INTEGER, rs.getInt("DATA_TYPE"));
            assertEquals("YES", rs.getString("IS_AUTOINCREMENT"));
            assertEquals("NO", rs.getString("IS_NULLABLE"));
            assertEquals(1, rs.getInt("ORDINAL_POSITION"));
            assertTrue(rs.next());
            assertEquals("name", rs.getString("COLUMN_NAME"));
            assertEquals(Types.VARCHAR, rs.getInt("DATA_TYPE"));
            assertEquals("VARCHAR", rs.getString("TYPE_NAME"));
            assertEquals(80, rs.getInt("COLUMN_SIZE"));
            assertEquals(DatabaseMetaData.columnNoNulls, rs.getInt("NULLABLE"));
            assertTrue(rs.next());
            assertEquals("email", rs.getString("COLUMN_NAME"));
            assertEquals("YES", rs.getString("IS_NULLABLE"));
            assertTrue(rs.next());
            assertEquals("balance", rs.getString("COLUMN_NAME"));
            assertEquals(Types.DECIMAL, rs.getInt("DATA_TYPE"));
            assertEquals(10, rs.getInt("COLUMN_SIZE"));
            assertEquals(2, rs.getInt("DECIMAL_DIGITS"));
            assertEquals("0", rs.getString("COLUMN_DEF"));
            assertEquals("NO", rs.getString("IS_AUTOINCREMENT"));
            assertFalse(rs.next());
        }
        assertEquals(List.of("id", "total"), column(md.getColumns(null, null, "big_orders", null), "COLUMN_NAME"));
        assertEquals(List.of("total"), column(md.getColumns(null, null, "%", "TOT%"), "COLUMN_NAME").subList(0, 1));
    }

    @Test
    void primaryKeysAndIndexes() throws SQLException {
        assertEquals(List.of("id"), column(md.getPrimaryKeys(null, null, "customers"), "COLUMN_NAME"));
        assertEquals(List.of(), column(md.getPrimaryKeys(null, null, "nope"), "COLUMN_NAME"));
        ResultSet rs = md.getIndexInfo(null, null, "orders", false, true);
        assertEquals(13, labels(rs).size());
        try (rs) {
            assertTrue(rs.next());
            assertEquals("orders_customer", rs.getString("INDEX_NAME"));
            assertTrue(rs.getBoolean("NON_UNIQUE"));
            assertEquals("customer_id", rs.getString("COLUMN_NAME"));
            assertEquals("A", rs.getString("ASC_OR_DESC"));
            assertTrue(rs.next());
            assertEquals("placed", rs.getString("COLUMN_NAME"));
            assertEquals(2, rs.getShort("ORDINAL_POSITION"));
            assertEquals("D", rs.getString("ASC_OR_DESC"));
            assertFalse(rs.next());
        }
        assertEquals(List.of("email"), column(md.getIndexInfo(null, null, "customers", true, true), "COLUMN_NAME"));
    }

    @Test
    void foreignKeysAreEmptyWithTheRightColumns() throws SQLException {
        for (ResultSet rs : new ResultSet[] {md.getImportedKeys(null, null, "orders"),
            md.getExportedKeys(null, null, "customers"),
            md.getCrossReference(null, null, "customers", null, null, "orders")}) {
            assertEquals(14, labels(rs).size());
            assertEquals("FKCOLUMN_NAME", labels(rs).get(7));
            assertFalse(rs.next());
        }
    }

    @Test
    void typeInfoIsOrderedByDataType() throws SQLException {
        ResultSet rs = md.getTypeInfo();
        assertEquals(18, labels(rs).size());
        int previous = Integer.MIN_VALUE;
        List<String> names = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                assertTrue(rs.getInt("DATA_TYPE") >= previous);
                previous = rs.getInt("DATA_TYPE");
                names.add(rs.getString("TYPE_NAME"));
            }
        }
        assertTrue(names.containsAll(List.of("INTEGER", "BIGINT", "VARCHAR", "DOUBLE", "BLOB", "TIMESTAMP")));
    }
}
