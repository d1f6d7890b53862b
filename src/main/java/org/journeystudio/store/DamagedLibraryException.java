package org.journeystudio.store;

import java.nio.file.Path;
import java.util.Optional;

/** A library file that cannot be opened as a library; says when a copy that may be put back was kept. */
public final class DamagedLibraryException extends LibraryException {
    private final transient Path folder;
    private final String keptOn;

    DamagedLibraryException(String message, Path folder, String keptOn, Throwable cause) {
        super(message, cause);
        this.folder = folder;
        this.keptOn = keptOn;
    }

    public Path folder() {
        return folder;
    }

    /** The day ("2026-12-03") of the newest kept copy, if there is one. */
    public Optional<String> keptOn() {
        return Optional.ofNullable(keptOn);
    }
}
