package org.journeystudio.killtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.journeystudio.testing.ChildJvm;

/** What every kill trial does: read a child's lines until a moment, kill it, and look at what it left. */
final class Kills {
    /**
     * Files a killed studio may leave in a library folder: the library, its lock file (taken over), the size
     * noted at the last compaction (the trials grow the library past the size that makes an open compact it) and
     * the folder of kept daily copies.
     */
    private static final List<String> LIBRARY_FILES = List.of("library.mv.db", "library.lock",
            "library.compacted-size", "kept-copies");

    private Kills() {
    }

    /** Hands {@code child}'s lines to {@code lines} for {@code millis}, kills it, then hands over the rest. */
    static void killAfter(ChildJvm child, long millis, Consumer<String> lines) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        for (long left = millis; left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
            String line = child.nextLineWithin(left);
            if (line == null) {
                break; // the moment came, or the child ended on its own
            }
            lines.accept(line);
        }
        child.kill();
        child.remainingLines().forEach(lines);
    }

    /** The library folder holds no repair, recovery, trace or temporary file: H2 needed no repair. */
    static void assertOnlyLibraryFiles(Path library) throws IOException {
        try (Stream<Path> files = Files.list(library)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .as("files in the library folder after the kill").isSubsetOf(LIBRARY_FILES)
                    .contains("library.mv.db");
        }
    }

    /** Copies the whole library file over {@code library}'s, as it was before the trial. */
    static void restore(Path pristine, Path library) throws IOException {
        Files.deleteIfExists(library.resolve("library.lock"));
        Files.copy(pristine, library.resolve("library.mv.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
