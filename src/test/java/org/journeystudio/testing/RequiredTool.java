package org.journeystudio.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A program a test needs from the system (chromium, pdftotext). On a developer's machine a missing one skips the
 * test with a message saying what to install; on CI ({@code CI=true}, where {@code .ci/run} installs it) it fails
 * the test, so a failed install can never shrink the run unnoticed.
 */
public final class RequiredTool {
    private RequiredTool() {
    }

    /** Skips (locally) or fails (on CI) unless every one of {@code programs} is an executable file or on the PATH. */
    public static void require(String install, String... programs) {
        String missing = Stream.of(programs).filter(p -> !present(p)).reduce((a, b) -> a + ", " + b).orElse(null);
        if (missing == null) {
            return;
        }
        String message = missing + " not found; install it with: " + install;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true and a required tool is missing: " + message);
        }
        Assumptions.abort(message);
    }

    private static boolean present(String program) {
        if (program.contains(File.separator)) {
            return Files.isExecutable(Path.of(program));
        }
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
