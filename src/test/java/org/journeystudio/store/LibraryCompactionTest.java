package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library grows with every save (free space is not reused while it is open, decision 0002) and shrinks back
 * when it is next opened, with every project as last saved.
 */
@SlowTest
class LibraryCompactionTest {
    @TempDir
    Path folder;

    @Test
    void aLibraryThatGrewIsCompactedOnTheNextOpenAndKeepsItsProjects() throws Exception {
        JourneyMap map = SampleMaps.shop("shop");
        Path file = folder.resolve(LibraryOpener.FILE_NAME);
        try (H2Library library = H2Library.open(folder)) {
            library.create(map);
            for (int i = 0; Files.size(file) < LibraryCompaction.FIRST_AT_BYTES + (1 << 20); i++) {
                map = map.withTitle("Shop, save " + i);
                library.save(map);
            }
        }
        long grown = Files.size(file);

        try (H2Library library = H2Library.open(folder)) {
            assertThat(IncrementalSaveTest.content(library.load("shop"))).isEqualTo(IncrementalSaveTest.content(map));
        }
        long compacted = Files.size(file);
        assertThat(compacted).as("compacted from %d bytes", grown).isLessThan(grown / 4);
        assertThat(Long.parseLong(Files.readString(folder.resolve(LibraryCompaction.SIZE_FILE)).trim()))
                .as("the size just after compacting, before the open wrote to it").isBetween(1L, compacted);

        try (H2Library library = H2Library.open(folder)) {
            assertThat(library.list()).hasSize(1);
        }
        assertThat(Files.size(file)).as("not compacted again: it has not grown").isLessThan(grown / 4);
    }
}
