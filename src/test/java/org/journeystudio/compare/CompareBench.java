package org.journeystudio.compare;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenarios;
import org.journeystudio.store.FreshIds;
import org.journeystudio.testing.SampleMaps;

/**
 * Benchmark, not a test: {@link MapComparison#of} on the 60-stage, 1,000-card map against itself with about 10%
 * of its cards edited (matched by id), against a to-be scenario made from it and edited alike (matched by link),
 * and against a copy with every id new (matched by title within the stage, as two files from two libraries).
 * Prints the first (cold) comparison of each and the median of the warm ones. Target: under 200 ms.
 * Run: {@code ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java
 * -cp target/classes:target/test-classes:$(cat target/cp.txt) org.journeystudio.compare.CompareBench [rounds]}
 */
public final class CompareBench {
    private CompareBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        JourneyMap map = SampleMaps.longMap(60, 1000, 42);
        JourneyMap edited = new RandomEdits(map, 1).apply(100);
        AtomicInteger next = new AtomicInteger();
        JourneyMap toBe = AddScenario.copying(map, Scenarios.FIRST_ID, "To-be", () -> "c-" + next.incrementAndGet())
                .apply(map);
        JourneyMap toBeEdited = new RandomEdits(toBe, 2).apply(100);
        JourneyMap otherLibrary = new RandomEdits(FreshIds.renew(map, p -> p + "-" + next.incrementAndGet()), 3)
                .apply(100);
        System.out.printf("Map: %d stages, %d touchpoints; %d rounds%n", map.stages().size(), map.touchpoints().size(),
                rounds);
        run("same ids, ~10% edited", map, edited, rounds);
        run("to-be scenario, ~10% edited", map, toBeEdited, rounds);
        run("every id new, ~10% edited", map, otherLibrary, rounds);
    }

    private static void run(String name, JourneyMap before, JourneyMap after, int rounds) {
        long start = System.nanoTime();
        MapComparison first = MapComparison.of(before, after);
        long cold = System.nanoTime() - start;
        long[] warm = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            start = System.nanoTime();
            MapComparison.of(before, after);
            warm[i] = System.nanoTime() - start;
        }
        Arrays.sort(warm);
        System.out.printf("%-30s cold %6.1f ms, warm median %5.1f ms, max %5.1f ms  (%d added, %d removed, "
                        + "%d changed, %d unchanged, %d rated cells)%n", name, cold / 1e6, warm[rounds / 2] / 1e6,
                warm[rounds - 1] / 1e6, first.added().size(), first.removed().size(), first.changed().size(),
                first.unchanged(), first.satisfaction().size());
    }
}
