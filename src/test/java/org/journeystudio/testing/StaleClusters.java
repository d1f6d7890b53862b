package org.journeystudio.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Test clusters left behind by a test JVM that was killed before its shutdown hook ran: their server is stopped and
 * their folder deleted when the next test JVM starts its own, so a killed run costs no lasting server or disk.
 */
final class StaleClusters {
    static final String OWNER_FILE = "owner.pid";

    private StaleClusters() {
    }

    static void stopAll(Path bin) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> folders = Files.list(tmp)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith(PostgresCluster.FOLDER_PREFIX))
                    .toList()) {
                if (ownerGone(folder)) {
                    // SIGTERM: a smart shutdown, and no client is left since the owning JVM is gone.
                    pid(folder.resolve("data/postmaster.pid")).flatMap(ProcessHandle::of)
                            .ifPresent(ProcessHandle::destroy);
                    delete(folder);
                }
            }
        } catch (IOException e) {
            System.err.println("could not look for stale test clusters in " + tmp + ": " + e.getMessage());
        }
    }

    /**
     * Whether the JVM that made the cluster has gone. A folder without its owner file yet may be one another JVM is
     * creating this very moment: only an old one counts as left behind.
     */
    private static boolean ownerGone(Path folder) {
        Optional<Long> owner = pid(folder.resolve(OWNER_FILE));
        if (owner.isEmpty()) {
            return olderThanAMinute(folder);
        }
        return ProcessHandle.of(owner.get()).map(p -> !p.isAlive()).orElse(true);
    }

    private static boolean olderThanAMinute(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant().isBefore(java.time.Instant.now().minusSeconds(60));
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Long> pid(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Its own JVM's shutdown hook may be deleting it at the same time.
            System.err.println("could not delete the test cluster folder " + folder + ": " + e.getMessage());
        }
    }
}
