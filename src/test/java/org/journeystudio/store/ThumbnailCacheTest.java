package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@FastTest
class ThumbnailCacheTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:15:00.123Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path library;

    @Test
    void aPictureIsReadBackOnlyForTheVersionAndSizeItWasDrawnFor() throws IOException {
        ThumbnailCache cache = new ThumbnailCache(library);
        assertThat(cache.read("map-1", MONDAY, 240, 120)).isEmpty();

        cache.write("map-1", MONDAY, 240, 120, new byte[] {1, 2, 3});

        assertThat(new ThumbnailCache(library).read("map-1", MONDAY, 240, 120)).hasValue(new byte[] {1, 2, 3});
        assertThat(cache.read("map-1", TUESDAY, 240, 120)).as("a later version").isEmpty();
        assertThat(cache.read("map-1", MONDAY, 480, 240)).as("another size").isEmpty();
        assertThat(cache.read("map-2", MONDAY, 240, 120)).as("another project").isEmpty();
    }

    @Test
    void aNewerVersionReplacesTheOlderPictureOfThatSizeAndLeavesOtherProjectsAlone() throws IOException {
        ThumbnailCache cache = new ThumbnailCache(library);
        cache.write("map-1", MONDAY, 240, 120, new byte[] {1});
        cache.write("map-1", MONDAY, 480, 240, new byte[] {2});
        cache.write("map-10", MONDAY, 240, 120, new byte[] {3});

        cache.write("map-1", TUESDAY, 240, 120, new byte[] {4});

        assertThat(cache.read("map-1", MONDAY, 240, 120)).isEmpty();
        assertThat(cache.read("map-1", TUESDAY, 240, 120)).hasValue(new byte[] {4});
        assertThat(cache.read("map-1", MONDAY, 480, 240)).hasValue(new byte[] {2});
        assertThat(cache.read("map-10", MONDAY, 240, 120)).hasValue(new byte[] {3});
        assertThat(files()).hasSize(3);
    }

    @Test
    void idsThatAreNoSafeFileNamesAndDeletedProjectsAreHandled() throws IOException {
        ThumbnailCache cache = new ThumbnailCache(library);
        String odd = "../Küche/" + "x".repeat(300);
        cache.write(odd, MONDAY, 240, 120, new byte[] {5});
        cache.write("map-1", MONDAY, 240, 120, new byte[] {6});

        assertThat(cache.read(odd, MONDAY, 240, 120)).hasValue(new byte[] {5});
        assertThat(files()).allSatisfy(file -> assertThat(file.getParent())
                .isEqualTo(library.resolve(ThumbnailCache.FOLDER)));

        cache.forget(odd);
        assertThat(cache.read(odd, MONDAY, 240, 120)).isEmpty();
        assertThat(cache.read("map-1", MONDAY, 240, 120)).isPresent();
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(library.resolve(ThumbnailCache.FOLDER))) {
            return files.toList();
        }
    }
}
