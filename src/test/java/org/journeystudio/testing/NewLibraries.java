package org.journeystudio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.store.H2Library;

/**
 * New H2 libraries for tests, made by copying one library that this JVM migrated once, instead of running every
 * Flyway migration again for each test (about half a second each: H2 rebuilds a table for every added column).
 * The copy is what {@link H2Library#open} itself would have made, since it comes from the same migrations; tests
 * of how a library is created, upgraded, locked or kept open {@link H2Library#open} directly.
 */
public final class NewLibraries {
    private static final String FILE_NAME = "library.mv.db";
    private static Path migrated;

    private NewLibraries() {
    }

    /** Opens the library in {@code folder}, first putting a new one there when it has none. */
    public static H2Library open(Path folder) {
        seed(folder);
        return H2Library.open(folder);
    }

    /** Puts a new, fully migrated library in {@code folder} unless it already holds one. */
    public static void seed(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.copy(migrated(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not put a new library in " + folder, e);
        }
    }

    private static synchronized Path migrated() throws IOException {
        if (migrated == null) {
            Path folder = Files.createTempDirectory("journey-studio-migrated-library");
            try (H2Library created = H2Library.open(folder)) {
                created.list(); // made and migrated by open; closed cleanly, so the file is whole
            }
            folder.toFile().deleteOnExit(); // after the file: deleteOnExit goes in reverse order
            migrated = folder.resolve(FILE_NAME);
            migrated.toFile().deleteOnExit();
        }
        return migrated;
    }
}
