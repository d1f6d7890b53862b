package org.journeystudio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** A source file over 400 lines is a class doing several things: split it by what a developer looks for. */
@FastTest
class SourceFileSizeTest {
    private static final int MAX_LINES = 400;

    @Test
    void noMainSourceFileIsOverFourHundredLines() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > MAX_LINES)
                    .map(f -> sources.relativize(f) + " has " + lines(f) + " lines").toList();
            assertThat(tooLong).as("files over " + MAX_LINES + " lines").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
