package org.journeystudio.usecase;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.image.TestImages;
import org.journeystudio.testing.SampleMaps;

/**
 * A map of 200 cards, each with its own image of about 1 MB on disk (noise, so PNG cannot shrink it), opened from
 * the library as the editor opens a project (load and layout, {@link OpenProject#open}): cold, then warm, and the
 * heap in use after a collection with the map open.
 * Run: {@code java -Xmx1g -cp target/classes:target/test-classes:$(deps) org.journeystudio.usecase.ImageMapBench}.
 */
public final class ImageMapBench {
    private static final int CARDS = 200;
    private static final int ROUNDS = 10;

    private ImageMapBench() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("image-bench");
        try {
            JourneyMap map = SampleMaps.small("images", CARDS);
            List<Touchpoint> cards = new ArrayList<>();
            long bytes = 0;
            long start = System.nanoTime();
            for (int i = 0; i < CARDS; i++) {
                Path file = folder.resolve("photo-" + i + ".png");
                Files.write(file, TestImages.noise(590, 590, "png", i));
                bytes += Files.size(file);
                TouchpointImage image = TouchpointImages.read(file);
                cards.add(map.touchpoints().get(i).toBuilder().image(image).build());
            }
            report("read, check and hash " + CARDS + " image files (" + (bytes >> 20) + " MB)", start, CARDS);
            map = map.withTouchpoints(cards);
            try (H2Library library = H2Library.open(folder.resolve("library"))) {
                start = System.nanoTime();
                library.create(map);
                report("store the map with its images", start, 1);
            }
            map = null; // only the opened map counts in the heap below
            cards.clear();
            try (H2Library library = H2Library.open(folder.resolve("library"))) {
                OpenProject open = new OpenProject(library);
                start = System.nanoTime();
                OpenedProject opened = open.open("images", "Images", () -> false);
                report("open the map, cold", start, 1);
                start = System.nanoTime();
                for (int i = 0; i < ROUNDS; i++) {
                    opened = open.open("images", "Images", () -> false);
                }
                report("open the map, warm", start, ROUNDS);
                System.gc();
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf("heap in use with the map open: %d MB (images %d MB on disk)%n", used >> 20,
                        bytes >> 20);
                System.out.println("(" + opened.map().touchpoints().size() + " cards open)");
            }
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String what, long start, int times) {
        System.out.printf("%-60s %8.1f ms%n", what, (System.nanoTime() - start) / 1e6 / times);
    }
}
