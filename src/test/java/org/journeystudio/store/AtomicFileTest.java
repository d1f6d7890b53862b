package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all, and what a killed writer left behind is swept by the next write. */
@FastTest
class AtomicFileTest {
    @TempDir
    Path folder;

    private String[] names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAndNoPart() throws Exception {
        Path file = folder.resolve("trip.journey.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("new, half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(names()).containsExactly("trip.journey.json");
    }

    @Test
    void thePartFilesOfAKilledWriterAreRemovedByTheNextWriteAndALiveOnesAreKept() throws Exception {
        Path file = folder.resolve("trip.journey.json");
        long dead = deadPid();
        long alive = ProcessHandle.current().pid();
        Files.writeString(folder.resolve(".trip.journey.json." + dead + ".0b1c.part"), "half of a killed export");
        Files.writeString(folder.resolve(".trip.journey.json." + alive + ".9f2e.part"), "a write under way");
        Files.writeString(folder.resolve(".other.journey.json." + dead + ".77aa.part"), "another file's part");

        AtomicFile.write(file, out -> out.write("whole".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(file)).isEqualTo("whole");
        assertThat(names()).containsExactly(".other.journey.json." + dead + ".77aa.part",
                ".trip.journey.json." + alive + ".9f2e.part", "trip.journey.json");
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
