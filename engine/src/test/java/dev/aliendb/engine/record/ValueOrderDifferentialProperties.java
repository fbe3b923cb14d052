package dev.aliendb.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@link ValueOrder} and the key encoding against real SQLite (sqlite-jdbc): values stored in an untyped
 * column and sorted by SQLite's ORDER BY come out in the order ValueOrder gives, and in the byte order of
 * their keys.
 */
class ValueOrderDifferentialProperties {
    private static Connection sqlite;

    @BeforeContainer
    static void open() throws SQLException {
        sqlite = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = sqlite.createStatement()) {
            s.execute("CREATE TABLE v(x)");
        }
    }

    @AfterContainer
    static void close() throws SQLException {
        sqlite.close();
    }

    @Provide
    Arbitrary<List<Object>> lists() {
        Arbitrary<Object> v = Arbitraries.oneOf(Values.longs(), Values.doubles(), Values.texts(),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(4).map(b -> (Object) b), Arbitraries.just(null),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE));
        return v.list().ofMinSize(2).ofMaxSize(12);
    }

    /** 0..n-1 sorted by {@code order}, ties by position (as ORDER BY x, rowid). */
    private static List<Integer> positions(int n, Comparator<Integer> order) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        out.sort(order.thenComparing(Comparator.naturalOrder()));
        return out;
    }

    @Property(tries = 500)
    void sqliteSortsLikeValueOrder(@ForAll("lists") List<Object> values) throws Exception {
        try (Statement s = sqlite.createStatement()) {
            s.execute("DELETE FROM v");
        }
        try (PreparedStatement p = sqlite.prepareStatement("INSERT INTO v(rowid, x) VALUES(?, ?)")) {
            for (int i = 0; i < values.size(); i++) {
                p.setInt(1, i);
                p.setObject(2, values.get(i));
                p.executeUpdate();
            }
        }
        List<Integer> bySqlite = new ArrayList<>();
        try (Statement s = sqlite.createStatement(); ResultSet rs = s.executeQuery("SELECT rowid FROM v ORDER BY x, rowid")) {
            while (rs.next()) {
                bySqlite.add(rs.getInt(1));
            }
        }
        List<byte[]> keys = new ArrayList<>();
        for (Object value : values) {
            keys.add(KeyCodec.prefix(new Object[] {SqlValues.normalize(value)}, 1, null));
        }
        List<Integer> byEngine = positions(values.size(), (a, b) -> ValueOrder.compare(values.get(a), values.get(b)));
        List<Integer> byKey = positions(values.size(), (a, b) -> Arrays.compareUnsigned(keys.get(a), keys.get(b)));
        assertEquals(bySqlite, byEngine, values.toString());
        assertEquals(bySqlite, byKey, values.toString());
    }
}
