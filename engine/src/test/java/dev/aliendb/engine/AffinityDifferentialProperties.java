package dev.aliendb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aliendb.engine.record.SqlValues;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@link Affinity#apply} and {@link SqlValues#formatReal} against real SQLite (sqlite-jdbc): a value bound
 * into a column of each affinity must come back with the same storage class and value. Reals stored into
 * TEXT are compared when their shortest representation has at most 15 significant digits.
 */
class AffinityDifferentialProperties {
    private static final List<String> TYPES = List.of("INTEGER", "REAL", "NUMERIC", "TEXT", "BLOB");
    private static Connection sqlite;

    @BeforeContainer
    static void open() throws SQLException {
        sqlite = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = sqlite.createStatement()) {
            s.execute("CREATE TABLE t(i INTEGER, r REAL, n NUMERIC, t TEXT, b BLOB)");
        }
    }

    @AfterContainer
    static void close() throws SQLException {
        sqlite.close();
    }

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<String> numericText = Arbitraries.of(" 12 ", "1e3", "5.", ".5", "0x10", "12abc", "-0", "+7", "1e400",
                "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1.0e+20",
                "  ", "", "0.1", "3.14159265358979", "1E-5", "00012", "1_000", "١٢");
        return Arbitraries.oneOf(numericText.map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(4).map(d -> (Object) d),
                Arbitraries.of(1.0, 0.1 + 0.2, 1e15, 1e16, 123456789012345678.0, 9.223372036854775807E18, -0.0, 1e-7)
                        .map(d -> (Object) d),
                // up to 19 digits: longer digit strings convert to REAL correctly rounded here, while SQLite's
                // sqlite3AtoF may differ in the last bit (docs/sql-types.md, "Known differences")
                Arbitraries.strings().numeric().ofMaxLength(19).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) (" " + l + ".0")));
    }

    @Property(tries = 1000)
    void storedValuesMatchSqlite(@ForAll("values") Object value) throws SQLException {
        try (Statement s = sqlite.createStatement()) {
            s.execute("DELETE FROM t");
        }
        try (PreparedStatement p = sqlite.prepareStatement("INSERT INTO t VALUES(?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= 5; i++) {
                p.setObject(i, value);
            }
            p.executeUpdate();
        }
        try (Statement s = sqlite.createStatement();
             ResultSet rs = s.executeQuery("SELECT i, typeof(i), r, typeof(r), n, typeof(n), t, typeof(t), b, typeof(b) FROM t")) {
            rs.next();
            for (int c = 0; c < 5; c++) {
                if (c == 3 && value instanceof Double d && significantDigits(d) > 15) {
                    continue; // SQLite's own decimal expansion of such doubles is approximate (see formatReal)
                }
                Object expected = sqliteValue(rs, 1 + 2 * c);
                Object actual = Affinity.of(TYPES.get(c)).apply(value);
                String what = TYPES.get(c) + " <- " + value;
                assertEquals(describe(expected), describe(actual), what);
            }
        }
    }

    private static Object sqliteValue(ResultSet rs, int column) throws SQLException {
        return switch (rs.getString(column + 1)) {
            case "integer" -> rs.getLong(column);
            case "real" -> rs.getDouble(column);
            case "text" -> rs.getString(column);
            case "blob" -> rs.getBytes(column);
            default -> null;
        };
    }

    private static int significantDigits(double d) {
        return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().precision();
    }

    private static String describe(Object v) {
        if (v instanceof byte[] b) {
            return "blob " + Arrays.toString(b);
        }
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }
}
