package org.journeystudio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.SampleMaps;

/**
 * Rough timings of the library (not a unit test: speed goals live here, not in timed assertions).
 * Run: {@code java -cp target/classes:target/test-classes:$(deps) org.journeystudio.store.LibraryBench}.
 */
public final class LibraryBench {
    private static final int CARDS = 500;
    private static final int ROUNDS = 200;

    private LibraryBench() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("library-bench");
        try {
            long start = System.nanoTime();
            H2Library library = H2Library.open(folder);
            report("open a new library (create schema)", start, 1);
            start = System.nanoTime();
            library.close();
            report("close", start, 1);
            start = System.nanoTime();
            library = H2Library.open(folder);
            report("open an existing library", start, 1);

            JourneyMap map = SampleMaps.small("bench", CARDS);
            start = System.nanoTime();
            library.create(map);
            report("create a map of " + CARDS + " cards", start, 1);

            start = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                Touchpoint card = map.touchpoints().get(i % CARDS);
                map = map.withTouchpoint(card.withTitle("edit " + i));
                library.save(map);
            }
            report("save one changed card in a " + CARDS + "-card map", start, ROUNDS);

            start = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                library.load("bench");
            }
            report("load a " + CARDS + "-card map", start, ROUNDS);

            for (int i = 0; i < 50; i++) {
                library.create(SampleMaps.rich("rich-" + i));
            }
            start = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                library.list();
            }
            report("list 51 projects", start, ROUNDS);

            for (int i = 0; i < 10 * ROUNDS; i++) {
                Touchpoint card = map.touchpoints().get(i % CARDS);
                map = map.withTouchpoint(card.withTitle("more " + i));
                library.save(map);
            }
            library.close();
            System.out.printf("%-50s %8d KB%n", "file size after " + 11 * ROUNDS + " saves",
                    Files.size(folder.resolve("library.mv.db")) / 1024);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
                for (Path path : all) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static void report(String what, long startNanos, int times) {
        double millis = (System.nanoTime() - startNanos) / 1e6 / times;
        System.out.printf("%-50s %8.2f ms%n", what, millis);
    }
}
