package dev.aliendb.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real recording with one workload window: its samples are attributed to that window and to the busy method. */
class JfrTopTest {

    @Test
    void attributesSamplesToTheWorkloadWindow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("child.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.enable(WorkloadEvent.class);
            recording.start();
            Measure.attempt(new Sink(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)),
                    Metric.W4_OPS, JfrTopTest::spin);
            recording.stop();
            recording.dump(file);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JfrTop.summarise(file, 5, "dev.aliendb.", new PrintStream(out, true, StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("-- W4_OPS: "), summary);
        String w4 = summary.substring(summary.indexOf("-- W4_OPS: "));
        // bench classes are excluded from "ours", so the busy method shows among the plain self frames
        assertTrue(w4.contains("self:") && w4.contains("JfrTopTest.spin"), summary);
    }

    /** About half a second of CPU work. */
    private static double spin() {
        long end = System.nanoTime() + 500_000_000L;
        double x = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                x += Math.sqrt(i + x);
            }
        }
        return x;
    }
}
