package org.journeystudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.MapExporter;
import org.journeystudio.testing.SampleMaps;

/**
 * Benchmark, not a test: exports the 60-stage, 1,000-touchpoint map of {@link SampleMaps#longMap()} as a
 * PowerPoint deck, as a Markdown report (with its SVG picture) and as an Excel workbook, and prints the first
 * export in a fresh JVM and the median of the next ten ({@code -Drounds=N}): on two cores the JIT compiler is still at work for the first
 * few, so five rounds gave a median that swung by a second from run to run. Target: each under 2 s.
 * Run: {@code ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java
 * -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.journeystudio.bench.OpenFormatsBench}
 */
public final class OpenFormatsBench {
    private static final int ROUNDS = Integer.getInteger("rounds", 10);

    private OpenFormatsBench() {
    }

    public static void main(String[] args) throws IOException {
        JourneyMap map = SampleMaps.longMap(60, 1000, 42);
        Path folder = Files.createTempDirectory("open-formats-bench");
        long loading = System.nanoTime();
        MapExporter.export(SampleMaps.shop("small"), ExportOptions.of(ExportFormat.PPTX), folder.resolve("small.pptx"),
                ExportMonitor.NONE);
        System.out.printf("PPTX of a 5-touchpoint map, first in a fresh JVM (loading Apache POI): %d ms%n",
                (System.nanoTime() - loading) / 1_000_000);
        for (ExportFormat format : new ExportFormat[] {ExportFormat.PPTX, ExportFormat.MD, ExportFormat.XLSX}) {
            Path file = folder.resolve("long-map." + format.extension());
            long[] times = new long[ROUNDS + 1];
            for (int round = 0; round <= ROUNDS; round++) {
                long start = System.nanoTime();
                MapExporter.export(map, ExportOptions.of(format), file, ExportMonitor.NONE);
                times[round] = (System.nanoTime() - start) / 1_000_000;
            }
            long[] warm = Arrays.copyOfRange(times, 1, times.length);
            Arrays.sort(warm);
            System.out.printf("%s of %d touchpoints: first %d ms, then median %d ms (min %d, max %d); %d KB;"
                    + " every round %s%n", format, map.touchpoints().size(), times[0], warm[warm.length / 2], warm[0],
                    warm[warm.length - 1], Files.size(file) / 1024, Arrays.toString(times));
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
