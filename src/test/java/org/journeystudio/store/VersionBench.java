package org.journeystudio.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.SampleMaps;

/**
 * Saving a named version of a 1,000-card map into an H2 library (issue 19: under 300 ms), what one costs in
 * bytes, and reading one back. Not a unit test. Run with the test class path (see docs/benchmarks.md):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.journeystudio.store.VersionBench 30}.
 */
public final class VersionBench {
    private static final int WARM_UP = 5;

    private VersionBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        JourneyMap map = SampleMaps.longMap(60, 1000, 42);
        String json = JourneyJson.toJson(map);
        System.out.printf("map: %d cards, .journey.json text %,d bytes, gzipped %,d bytes%n",
                map.touchpoints().size(), json.getBytes(StandardCharsets.UTF_8).length, gzip(json).length);
        Path folder = Files.createTempDirectory("version-bench");
        Path file = folder.resolve(LibraryOpener.FILE_NAME);
        try {
            try (H2Library library = H2Library.open(folder)) {
                library.create(map);
            }
            long before = Files.size(file);
            long[] saves = new long[rounds];
            long[] loads = new long[rounds];
            long bytes = 0;
            try (H2Library library = H2Library.open(folder)) {
                ProjectVersions versions = library.versions().orElseThrow();
                for (int i = 0; i < WARM_UP; i++) {
                    versions.delete(map.id(), versions.save(map, "warm-up", "", true).id());
                }
                long warmedUp = Files.size(file);
                before = Math.max(before, warmedUp);
                for (int i = 0; i < rounds; i++) {
                    JourneyMap edited = map.withTouchpoint(map.touchpoints().get(i).withTitle("Edited " + i));
                    long start = System.nanoTime();
                    VersionInfo saved = versions.save(edited, "Version " + i, "a note", false);
                    saves[i] = System.nanoTime() - start;
                    bytes += saved.bytes();
                    start = System.nanoTime();
                    versions.load(map.id(), saved.id()).orElseThrow();
                    loads[i] = System.nanoTime() - start;
                }
            }
            long after = Files.size(file);
            System.out.printf("save a version (%d rounds after %d warm-up): median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                    rounds, WARM_UP, percentile(saves, 50), percentile(saves, 90), percentile(saves, 100));
            System.out.printf("load a version: median %.1f ms, p90 %.1f ms%n", percentile(loads, 50),
                    percentile(loads, 90));
            System.out.printf("bytes per version: %,d in its row; library file grew %,d bytes for %d versions"
                    + " (%,d per version)%n", bytes / rounds, after - before, rounds, (after - before) / rounds);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
