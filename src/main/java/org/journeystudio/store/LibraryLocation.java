package org.journeystudio.store;

import java.nio.file.Path;

/** Where the library lives: an explicit folder, else JOURNEY_STUDIO_LIBRARY, else the OS's per-user data folder. */
public final class LibraryLocation {
    public static final String ENVIRONMENT_VARIABLE = "JOURNEY_STUDIO_LIBRARY";

    private LibraryLocation() {
    }

    public static Path resolve(Path override) {
        throw new UnsupportedOperationException("not yet written");
    }
}
