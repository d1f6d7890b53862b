package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library open in one studio process cannot be opened by a second one, which is told why. */
class SecondProcessLockTest {
    @TempDir
    Path folder;

    @Test
    void aSecondProcessGetsAClearMessageAndTheLibraryIsUntouched() throws Exception {
        Path library = folder.resolve("library").toAbsolutePath().normalize();
        try (ChildJvm holder = ChildJvm.start(LibraryHolder.class, folder.resolve("child-stderr.txt"),
                library.toString())) {
            assertThat(holder.nextLine(60)).as("child stderr:%n%s", holder.errors()).isEqualTo("ready");

            assertThatThrownBy(() -> H2Library.open(library))
                    .isExactlyInstanceOf(LibraryException.class)
                    .hasMessage("This library is open in another Journey Studio window: " + library);

            holder.send("quit");
            assertThat(holder.nextLine(30)).isEqualTo("closed");
            assertThat(holder.waitForExit(30)).isZero();
        }

        try (H2Library reopened = H2Library.open(library)) {
            assertThat(reopened.list()).extracting(ProjectSummary::id).containsExactly("held-map");
            assertThat(reopened.load("held-map")).contains(SampleMaps.rich("held-map"));
        }
    }
}
