package dev.aliendb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest {

    private static final List<BenchEngine> ALL = List.of(BenchEngine.values());

    @Test
    void summarisesTrialsAsMedianAndRange() {
        Results r = new Results();
        r.value(BenchEngine.DERBY, Metric.W3_OPS, 30);
        r.value(BenchEngine.DERBY, Metric.W3_OPS, 10);
        r.value(BenchEngine.DERBY, Metric.W3_OPS, 20);
        assertEquals(new Results.Summary(20, 10, 30, 3), r.summary(BenchEngine.DERBY, Metric.W3_OPS).orElseThrow());
        r.value(BenchEngine.DERBY, Metric.W3_OPS, 40);
        assertEquals(25, r.summary(BenchEngine.DERBY, Metric.W3_OPS).orElseThrow().median());
        assertTrue(r.summary(BenchEngine.H2, Metric.W3_OPS).isEmpty());
    }

    @Test
    void ratiosAreAgainstTheBestDurablePeerWhateverTheDirection() {
        Results r = new Results();
        r.value(BenchEngine.SQLITE_WAL, Metric.W3_OPS, 100);
        r.value(BenchEngine.DERBY, Metric.W3_OPS, 50);
        r.value(BenchEngine.HSQLDB, Metric.W3_OPS, 1000); // not durable: never the reference
        r.value(BenchEngine.ALIEN, Metric.W3_OPS, 200);
        assertEquals(BenchEngine.SQLITE_WAL, r.bestDurablePeer(Metric.W3_OPS, ALL).orElseThrow().getKey());
        assertEquals(2.0, r.ratio(BenchEngine.ALIEN, Metric.W3_OPS, ALL).orElseThrow());
        assertEquals(0.5, r.ratio(BenchEngine.DERBY, Metric.W3_OPS, ALL).orElseThrow());

        r.value(BenchEngine.SQLITE_WAL, Metric.W7_SECONDS, 0.5);
        r.value(BenchEngine.DERBY, Metric.W7_SECONDS, 0.4);
        r.value(BenchEngine.ALIEN, Metric.W7_SECONDS, 0.8);
        assertEquals(BenchEngine.DERBY, r.bestDurablePeer(Metric.W7_SECONDS, ALL).orElseThrow().getKey());
        assertEquals(0.5, r.ratio(BenchEngine.ALIEN, Metric.W7_SECONDS, ALL).orElseThrow());
    }

    @Test
    void keepsTheFirstErrorAndCountsThem() {
        Results r = new Results();
        r.error(BenchEngine.ALIEN, Metric.W1_ROWS, "first");
        r.error(BenchEngine.ALIEN, Metric.W1_ROWS, "second");
        r.error(BenchEngine.H2, Metric.W2_COMMITS, "other");
        assertEquals("first", r.error(BenchEngine.ALIEN, Metric.W1_ROWS).orElseThrow());
        assertEquals(2, r.errorCount());
        assertTrue(r.ratio(BenchEngine.ALIEN, Metric.W1_ROWS, ALL).isEmpty());
    }
}
