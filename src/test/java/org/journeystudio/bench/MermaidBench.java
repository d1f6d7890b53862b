package org.journeystudio.bench;

import java.time.Instant;
import java.util.Arrays;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.mermaid.MermaidJourney;
import org.journeystudio.testing.SampleMaps;

/**
 * Benchmark, not a test: writes the 60-stage, 1,000-touchpoint map of {@link SampleMaps#longMap(int, int, long)}
 * as a Mermaid journey and reads it back, and prints the times (cold, then the median of warm rounds) and the size.
 * Target: export + import under 2 s. Run: {@code ./mvnw -q -B test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt && java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.journeystudio.bench.MermaidBench}
 */
public final class MermaidBench {
    private static final int ROUNDS = 10;

    private MermaidBench() {
    }

    public static void main(String[] args) throws Exception {
        JourneyMap map = SampleMaps.longMap(60, 1000, 42);
        long[] write = new long[ROUNDS];
        long[] read = new long[ROUNDS];
        String text = "";
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            text = MermaidJourney.toText(map);
            write[i] = System.nanoTime() - start;
            start = System.nanoTime();
            JourneyMap back = MermaidJourney.read(text, "bench.mmd", "Bench", Instant.EPOCH).map();
            read[i] = System.nanoTime() - start;
            if (!back.equals(map)) {
                throw new AssertionError("The round trip changed the map");
            }
        }
        System.out.printf("Map: %d stages, %d touchpoints; journey: %,d characters, %,d lines%n", map.stages().size(),
                map.touchpoints().size(), text.length(), text.lines().count());
        System.out.printf("Export, first in a fresh JVM: %d ms; warm median of %d: %d ms%n", write[0] / 1_000_000,
                ROUNDS - 1, median(write) / 1_000_000);
        System.out.printf("Import, first in a fresh JVM: %d ms; warm median of %d: %d ms%n", read[0] / 1_000_000,
                ROUNDS - 1, median(read) / 1_000_000);
    }

    private static long median(long[] times) {
        long[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
