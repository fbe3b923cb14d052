package dev.aliendb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ReportTest {

    private static final List<BenchEngine> ENGINES = List.of(BenchEngine.ALIEN, BenchEngine.SQLITE_WAL, BenchEngine.H2);
    private static final List<Metric> METRICS = List.of(Metric.W1_ROWS, Metric.W7_SECONDS);

    private static Results results() {
        Results r = new Results();
        r.value(BenchEngine.SQLITE_WAL, Metric.W1_ROWS, 90_000);
        r.value(BenchEngine.SQLITE_WAL, Metric.W1_ROWS, 80_000);
        r.value(BenchEngine.SQLITE_WAL, Metric.W1_ROWS, 100_000);
        r.value(BenchEngine.ALIEN, Metric.W1_ROWS, 45_000);
        r.value(BenchEngine.SQLITE_WAL, Metric.W7_SECONDS, 0.45);
        r.value(BenchEngine.H2, Metric.W1_ROWS, 30_500);
        r.error(BenchEngine.ALIEN, Metric.W7_SECONDS, "SQLException [0A000]: GROUP BY | not supported");
        return r;
    }

    @Test
    void markdownShowsMediansRangesRatiosAndErrors() {
        String md = Report.markdown(results(), ENGINES, METRICS, new Report.RunInfo(List.of("scale 1")));
        assertTrue(md.contains("| W1 bulk load, rows/s | 45,000 | 90,000 (80,000–100,000) | 30,500 |"), md);
        assertTrue(md.contains("| W7 GROUP BY scan, s | error: SQLException [0A000]: GROUP BY \\| not supported | 0.450 | — |"), md);
        assertTrue(md.contains("| W1 bulk load, rows/s (best: SQLite WAL) | 0.500 | 1.00 | 0.339 |"), md);
        assertTrue(md.contains("| W7 GROUP BY scan, s (best: SQLite WAL) | error | 1.00 | — |"), md);
        assertTrue(md.contains("| H2* | no | file mode, defaults"), md);
    }

    @Test
    void chartIsWellFormedSvgWithOneRowPerMetric() throws Exception {
        String svg = Chart.svg(results(), ENGINES, METRICS);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(svg.contains(">0.50</text>"), svg);
        assertTrue(svg.contains(">error</text>"), svg);
        assertEquals(2, doc.getElementsByTagName("rect").getLength(), "background + one bar");
    }

    @Test
    void numbersKeepAboutThreeSignificantDigits() {
        assertEquals("57,700", Report.number(57_700.4));
        assertEquals("828", Report.number(828.2));
        assertEquals("12.3", Report.number(12.34));
        assertEquals("2.25", Report.number(2.254));
        assertEquals("0.452", Report.number(0.4521));
    }
}
