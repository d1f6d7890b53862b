package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A studio killed in the middle of saving loses at most the edit in flight, and its library opens as is. */
@SlowTest
class CrashRecoveryTest {
    private static final int COMMITS_BEFORE_KILL = 40;

    @TempDir
    Path folder;

    @Test
    void everyEditReportedAsCommittedSurvivesSigkill() throws Exception {
        Path library = folder.resolve("library");
        int lastCommitted = -1;
        List<String> output = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(CrashingEditor.class, folder.resolve("child-stderr.txt"),
                library.toString())) {
            while (lastCommitted < COMMITS_BEFORE_KILL) {
                String line = child.nextLine(60);
                assertThat(line).as("child output so far %s, stderr:%n%s", output, child.errors()).isNotNull();
                output.add(line);
                lastCommitted = committed(line, lastCommitted);
            }
            child.kill();
            // Edits the child finished between the 40th line and the kill count as committed too.
            for (String line : child.remainingLines()) {
                lastCommitted = committed(line, lastCommitted);
            }
        }

        try (H2Library reopened = H2Library.open(library)) {
            JourneyMap stored = reopened.load(CrashEdits.PROJECT_ID).orElseThrow();
            // Each edit stamps the map's modified time with its number: a short message when edits are lost.
            assertThat(stored.modified().getEpochSecond()).as("last edit in the library; child reported %d",
                    lastCommitted).isIn((long) lastCommitted, (long) lastCommitted + 1);
            assertThat(stored).as("after %d reported commits", lastCommitted)
                    .isIn(CrashEdits.after(lastCommitted), CrashEdits.after(lastCommitted + 1));
            // Still writable, and the next edit lands on top of what survived.
            JourneyMap next = CrashEdits.apply(stored, lastCommitted + 2);
            reopened.save(next);
            assertThat(reopened.load(CrashEdits.PROJECT_ID)).contains(next);
        }
        try (Stream<Path> files = Files.list(library)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no repair, recovery or H2 trace files").containsExactly("library.mv.db");
        }
    }

    private static int committed(String line, int lastCommitted) {
        if (line.startsWith("committed ")) {
            int n = Integer.parseInt(line.substring("committed ".length()).strip());
            assertThat(n).isEqualTo(lastCommitted + 1);
            return n;
        }
        return lastCommitted;
    }
}
