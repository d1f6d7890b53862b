package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home list's pictures are drawn once per version of a map and read back on later starts. */
@SlowTest
class MapThumbnailsTest {
    private static final byte[] KEPT = {'k', 'e', 'p', 't'};

    @TempDir
    Path folder;

    @Test
    void aPictureDrawnOnceIsReadBackUntilTheMapChanges() throws IOException {
        try (H2Library library = NewLibraries.open(folder)) {
            JourneyMap map = SampleMaps.shop("shop");
            library.create(map);
            MapThumbnails thumbnails = new MapThumbnails(library, 120, 60);

            byte[] drawn = only(thumbnails.draw(library.list(), () -> false)).png();
            assertThat(drawn).startsWith(0x89, 'P', 'N', 'G');
            Path kept = onlyKeptFile();
            Files.write(kept, KEPT); // what a second start would find, marked so it is told from a new drawing

            assertThat(only(new MapThumbnails(library, 120, 60).draw(library.list(), () -> false)).png())
                    .isEqualTo(KEPT);

            library.save(map.withTitle("Shop, second version"));
            assertThat(only(thumbnails.draw(library.list(), () -> false)).png()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(onlyKeptFile()).isNotEqualTo(kept);

            library.delete(map.id());
            assertThat(keptFiles()).isEmpty();
        }
    }

    private static MapThumbnails.Thumbnail only(List<MapThumbnails.Thumbnail> drawn) {
        assertThat(drawn).hasSize(1);
        return drawn.get(0);
    }

    private Path onlyKeptFile() throws IOException {
        List<Path> files = keptFiles();
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private List<Path> keptFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("thumbnails"))) {
            return files.toList();
        }
    }
}
