package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.journeystudio.testing.ChildJvm;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library open in one studio process cannot be opened by a second one, which is told which process holds it;
 * the lock of a studio killed with SIGKILL does not outlive it.
 */
@SlowTest
class SecondProcessLockTest {
    @TempDir
    Path folder;

    @Test
    void aSecondProcessGetsAClearMessageAndTheLibraryIsUntouched() throws Exception {
        Path library = folder.resolve("library").toAbsolutePath().normalize();
        try (ChildJvm holder = ChildJvm.start(LibraryHolder.class, folder.resolve("child-stderr.txt"),
                library.toString())) {
            assertThat(holder.nextLine(60)).as("child stderr:%n%s", holder.errors()).isEqualTo("ready");

            List<Path> filesBefore = filesIn(library);
            byte[] bytesBefore = Files.readAllBytes(library.resolve("library.mv.db"));

            assertThatThrownBy(() -> H2Library.open(library))
                    .isExactlyInstanceOf(LibraryException.class)
                    .hasMessage("The library " + library + " is in use by another Journey Studio (pid " + holder.pid()
                            + "). Close that window first, or open another library folder.");

            assertThat(filesIn(library)).isEqualTo(filesBefore);
            assertThat(Files.readAllBytes(library.resolve("library.mv.db"))).isEqualTo(bytesBefore);

            holder.send("quit");
            assertThat(holder.nextLine(30)).isEqualTo("closed");
            assertThat(holder.waitForExit(30)).isZero();
        }

        try (H2Library reopened = H2Library.open(library)) {
            assertThat(reopened.list()).extracting(ProjectSummary::id).containsExactly("held-map");
            assertThat(reopened.load("held-map")).contains(SampleMaps.rich("held-map"));
        }
    }

    @Test
    void theLockOfAKilledStudioIsTakenOverAtOnce() throws Exception {
        Path library = folder.resolve("library").toAbsolutePath().normalize();
        long killedPid;
        try (ChildJvm holder = ChildJvm.start(LibraryHolder.class, folder.resolve("child-stderr.txt"),
                library.toString())) {
            assertThat(holder.nextLine(60)).as("child stderr:%n%s", holder.errors()).isEqualTo("ready");
            killedPid = holder.pid();
            holder.kill();
        }
        assertThat(Files.readString(library.resolve(LibraryLock.FILE_NAME)).strip())
                .as("the killed studio's lock file is still there").isEqualTo(Long.toString(killedPid));

        long started = System.nanoTime();
        try (H2Library reopened = H2Library.open(library)) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no wait for a stale lock")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(Files.readString(library.resolve(LibraryLock.FILE_NAME)).strip())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
            assertThat(reopened.load("held-map")).contains(SampleMaps.rich("held-map"));
        }
        assertThat(filesIn(library)).as("a clean close leaves no lock file (today's kept copy is beside it)")
                .containsExactlyInAnyOrder(library.resolve("library.mv.db"), library.resolve(LibraryCopies.FOLDER));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
