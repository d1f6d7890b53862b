package org.journeystudio.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.MapExporter;
import org.journeystudio.render.PageFit;
import org.journeystudio.render.PageSize;
import org.journeystudio.testing.SampleMaps;

/**
 * Benchmark, not a test: exports the 60-stage, 1,000-touchpoint map of {@link SampleMaps#longMap()} to PDF (fitted
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
        JourneyMap map = SampleMaps.longMap();
        System.out.printf("Map: %d stages, %d touchpoints, %d pain points, %d opportunities%n",
                map.stages().size(), map.touchpoints().size(),
                map.touchpoints().stream().mapToInt(t -> t.painPoints().size()).sum(),
                map.opportunities().size());
        long[] cold = time(map, ExportOptions.of(ExportFormat.PDF).withPage(PageSize.A3));
        System.out.printf("PDF, fitted on A3, first export in a fresh JVM: %d ms (%d ms CPU of the exporting thread)%n",
                cold[0] / 1_000_000, cold[2] / 1_000_000);
        report("PDF, fitted on A3", map, ExportOptions.of(ExportFormat.PDF).withPage(PageSize.A3));
        report("PDF, A4 poster", map, ExportOptions.of(ExportFormat.PDF).withFit(PageFit.POSTER));
        ByteArrayOutputStream poster = new ByteArrayOutputStream();
        MapExporter.export(map, ExportOptions.of(ExportFormat.PDF).withFit(PageFit.POSTER), poster, ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(poster.toByteArray())) {
            System.out.printf("  (the poster has %d A4 sheets)%n", document.getNumberOfPages());
        }
        report("SVG", map, ExportOptions.of(ExportFormat.SVG));
        report("PNG 1x", map, ExportOptions.of(ExportFormat.PNG));
    }

    private static void report(String what, JourneyMap map, ExportOptions options) throws IOException {
        long[] times = new long[ROUNDS];
        long[] cpu = new long[ROUNDS];
        long size = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long[] result = time(map, options);
            times[i] = result[0];
            size = result[1];
            cpu[i] = result[2];
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf("%-18s median %5d ms, best %5d ms, worst %5d ms; median CPU %5d ms (%d rounds, %.1f MB)%n",
                what, times[ROUNDS / 2] / 1_000_000, times[0] / 1_000_000, times[ROUNDS - 1] / 1_000_000,
                cpu[ROUNDS / 2] / 1_000_000, ROUNDS, size / 1e6);
    }

    /**
     * Wall-clock nanoseconds for one export, the bytes it wrote, and the CPU nanoseconds of this thread (which a
     * busy machine inflates far less than the wall clock).
     */
    private static long[] time(JourneyMap map, ExportOptions options) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        MapExporter.export(map, options, out, ExportMonitor.NONE);
        long wall = System.nanoTime() - start;
        return new long[] {wall, out.size(), threads.getCurrentThreadCpuTime() - cpuStart};
    }
}
