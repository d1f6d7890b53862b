package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One copy of the library a day, taken before the first write, and the newest five kept. */
@SlowTest
class LibraryCopiesTest {
    @TempDir
    Path folder;

    @Test
    void theFirstOpenOfADayKeepsACopyAndOnlyTheNewestFiveStay() throws Exception {
        try (H2Library library = H2Library.open(folder)) {
            library.create(SampleMaps.shop("shop"));
        }
        assertThat(LibraryCopies.kept(folder)).as("a new library has nothing to keep yet").isEmpty();

        try (H2Library library = H2Library.open(folder)) {
            library.create(SampleMaps.airline("aurora"));
        }
        assertThat(LibraryCopies.kept(folder)).singleElement()
                .satisfies(copy -> assertThat(LibraryCopies.dateOf(copy)).isEqualTo(LocalDate.now().toString()));
        try (H2Library library = H2Library.open(folder)) {
            assertThat(library.list()).hasSize(2);
        }
        assertThat(LibraryCopies.kept(folder)).as("one copy a day").hasSize(1);

        Path file = folder.resolve(LibraryOpener.FILE_NAME);
        LocalDate day = LocalDate.now();
        for (int i = 1; i <= 7; i++) {
            LibraryCopies.keepTodays(folder, file, day.plusDays(i));
        }
        assertThat(LibraryCopies.kept(folder)).extracting(LibraryCopies::dateOf)
                .containsExactly(day.plusDays(7).toString(), day.plusDays(6).toString(), day.plusDays(5).toString(),
                        day.plusDays(4).toString(), day.plusDays(3).toString());
        try (var files = Files.list(folder.resolve(LibraryCopies.FOLDER))) {
            assertThat(files).as("no half-written copy left").hasSize(LibraryCopies.KEPT);
        }
    }
}
