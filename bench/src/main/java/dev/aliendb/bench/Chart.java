package dev.aliendb.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A hand-written SVG bar chart of AlienDB's ratio to the best durable peer per metric, on a log scale
 * from 1/100 to 100 with the parity line at 1; a metric without a ratio shows "error" or "no data".
 */
final class Chart {

    private static final int ROW = 26;
    private static final int LEFT = 300;
    private static final int WIDTH = 460;
    private static final double DECADES = 2;

    private Chart() {}

    static String svg(Results r, List<BenchEngine> engines, List<Metric> all) {
        List<Metric> metrics = all.stream().filter(Metric::ranked).toList();
        int height = 60 + ROW * metrics.size() + 30;
        int total = LEFT + WIDTH + 80;
        double mid = LEFT + WIDTH / 2.0;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", total, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", total, height));
        svg.append("<text x=\"10\" y=\"22\" font-size=\"15\">AlienDB vs the best durable peer "
                + "(ratio, log scale; right of 1 = AlienDB better)</text>\n");
        for (int d = -2; d <= 2; d++) {
            double x = mid + d * (WIDTH / 2.0) / DECADES;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"40\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n",
                    x, x, height - 25, d == 0 ? "black" : "#ddd"));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x, height - 10, d < 0 ? "1/" + (int) Math.pow(10, -d) : Integer.toString((int) Math.pow(10, d))));
        }
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            int y = 50 + i * ROW;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 8, y + 14, escape(m.label())));
            Optional<Double> ratio = r.ratio(BenchEngine.ALIEN, m, engines);
            if (ratio.isEmpty()) {
                String why = r.error(BenchEngine.ALIEN, m).isPresent() ? "error" : "no data";
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#a00\">%s</text>%n",
                        mid + 6, y + 14, why));
                continue;
            }
            double logRatio = Math.max(-DECADES, Math.min(DECADES, Math.log10(ratio.get())));
            double end = mid + logRatio * (WIDTH / 2.0) / DECADES;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                    Math.min(mid, end), y + 2, Math.max(1, Math.abs(end - mid)), ROW - 8,
                    ratio.get() >= 1 ? "#3a7" : "#d65"));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%.2f</text>%n",
                    LEFT + WIDTH + 6.0, y + 14, ratio.get()));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
