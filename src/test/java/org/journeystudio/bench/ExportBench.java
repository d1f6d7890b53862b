package org.journeystudio.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.MapExporter;
import org.journeystudio.render.PageFit;
import org.journeystudio.render.PageSize;

/**
 * Benchmark, not a test: exports the 60-stage, 1,000-touchpoint map of {@link LargeMapGenerator} to PDF (fitted
 * on A3, and as an A4 poster) and to SVG, and prints the time of each. Target: PDF under 3 s.
 * Run: {@code ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java
 * -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.journeystudio.bench.ExportBench}
 */
public final class ExportBench {
    private static final int ROUNDS = 5;

    private ExportBench() {
    }

    public static void main(String[] args) throws IOException {
        JourneyMap map = LargeMapGenerator.standard();
        System.out.printf("Map: %d stages, %d touchpoints, %d pain points, %d opportunities%n",
                map.stages().size(), map.touchpoints().size(),
                map.touchpoints().stream().mapToInt(t -> t.painPoints().size()).sum(),
                map.touchpoints().stream().mapToInt(t -> t.opportunities().size()).sum());
        long cold = time(map, ExportOptions.of(ExportFormat.PDF).withPage(PageSize.A3))[0];
        System.out.printf("PDF, fitted on A3, first export in a fresh JVM: %d ms%n", cold / 1_000_000);
        report("PDF, fitted on A3", map, ExportOptions.of(ExportFormat.PDF).withPage(PageSize.A3));
        report("PDF, A4 poster", map, ExportOptions.of(ExportFormat.PDF).withFit(PageFit.POSTER));
        report("SVG", map, ExportOptions.of(ExportFormat.SVG));
        report("PNG 1x", map, ExportOptions.of(ExportFormat.PNG));
    }

    private static void report(String what, JourneyMap map, ExportOptions options) throws IOException {
        long[] times = new long[ROUNDS];
        long size = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long[] result = time(map, options);
            times[i] = result[0];
            size = result[1];
        }
        Arrays.sort(times);
        System.out.printf("%-18s median %5d ms, best %5d ms, worst %5d ms (%d rounds, %.1f MB)%n", what,
                times[ROUNDS / 2] / 1_000_000, times[0] / 1_000_000, times[ROUNDS - 1] / 1_000_000, ROUNDS,
                size / 1e6);
    }

    /** Nanoseconds for one export, and the bytes it wrote. */
    private static long[] time(JourneyMap map, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        MapExporter.export(map, options, out, ExportMonitor.NONE);
        return new long[] {System.nanoTime() - start, out.size()};
    }
}
