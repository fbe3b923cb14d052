package dev.aliendb.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aliendb.engine.ConflictAction;
import dev.aliendb.engine.IndexDef;
import dev.aliendb.engine.RowCursor;
import dev.aliendb.engine.Session;
import dev.aliendb.engine.TableAccess;
import dev.aliendb.engine.record.ValueOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * indexRange against a model: the rows of a table sorted by SQLite order of (a, b) (with either column
 * DESC) then row id, filtered by prefix bounds compared with {@link ValueOrder}.
 */
class IndexRangeProperties {

    record Query(List<Object> low, boolean lowInclusive, List<Object> high, boolean highInclusive) {
    }

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.longs().between(-3, 3).map(l -> (Object) l),
                Arbitraries.of(1.5, 2.0, -0.5).map(d -> (Object) d), Arbitraries.of("a", "b", "ab", "").map(t -> (Object) t),
                Arbitraries.of(new byte[] {1}, new byte[] {}).map(b -> (Object) b));
    }

    @Provide
    Arbitrary<List<List<Object>>> rows() {
        return values().list().ofSize(2).list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Query>> queries() {
        Arbitrary<List<Object>> bound = Arbitraries.oneOf(Arbitraries.just(null), values().list().ofMinSize(0).ofMaxSize(2));
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return net.jqwik.api.Combinators.combine(bound, flag, bound, flag).as(Query::new).list().ofSize(15);
    }

    @Property(tries = 60)
    void rangesMatchTheModel(@ForAll("rows") List<List<Object>> rows, @ForAll("queries") List<Query> queries,
                             @ForAll boolean aDesc, @ForAll boolean bDesc) throws Exception {
        List<Boolean> desc = List.of(aDesc, bDesc);
        try (Session s = Fixtures.memory().openSession()) {
            s.createTable(Fixtures.table("t", -1, List.of(), Fixtures.col("a", ""), Fixtures.col("b", "")));
            s.createIndex(new IndexDef("ab", "t", List.of(0, 1), desc, false, "CREATE INDEX ab ON t(a, b)", 0), false);
            s.begin();
            List<long[]> ids = new ArrayList<>();
            Fixtures.statement(s, true, () -> {
                TableAccess t = s.table("t");
                for (List<Object> r : rows) {
                    ids.add(new long[] {t.insert(r.toArray(), ConflictAction.ABORT)});
                }
                return null;
            });
            s.commit();
            Comparator<Integer> order = (x, y) -> {
                int c = comparePrefix(rows.get(x), rows.get(y), 2, desc);
                return c != 0 ? c : Long.compare(ids.get(x)[0], ids.get(y)[0]);
            };
            for (Query q : queries) {
                List<Long> expected = new ArrayList<>();
                List<Integer> positions = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (inRange(rows.get(i), q, desc)) {
                        positions.add(i);
                    }
                }
                positions.sort(order);
                positions.forEach(i -> expected.add(ids.get(i)[0]));
                List<Long> actual = Fixtures.statement(s, false, () -> {
                    List<Long> out = new ArrayList<>();
                    try (RowCursor c = s.table("t").indexRange("AB", array(q.low()), q.lowInclusive(), array(q.high()),
                            q.highInclusive())) {
                        while (c.next()) {
                            out.add(c.rowId());
                        }
                    }
                    return out;
                });
                assertEquals(expected, actual, q.toString());
            }
        }
    }

    private static Object[] array(List<Object> bound) {
        return bound == null ? null : bound.toArray();
    }

    private static boolean inRange(List<Object> row, Query q, List<Boolean> desc) {
        if (q.low() != null) {
            int c = comparePrefix(row, q.low(), q.low().size(), desc);
            if (c < 0 || c == 0 && !q.lowInclusive()) {
                return false;
            }
        }
        if (q.high() != null) {
            int c = comparePrefix(row, q.high(), q.high().size(), desc);
            return c < 0 || c == 0 && q.highInclusive();
        }
        return true;
    }

    private static int comparePrefix(List<Object> a, List<Object> b, int n, List<Boolean> desc) {
        for (int i = 0; i < n; i++) {
            int c = ValueOrder.compare(a.get(i), b.get(i));
            if (c != 0) {
                return desc.get(i) ? -c : c;
            }
        }
        return 0;
    }
}
