package org.journeystudio.usecase;

import java.util.Optional;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectVersions;
import org.journeystudio.store.VersionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the map as it is now as a named version of its project: "Save version…" (the user's name and note), or
 * automatically before an edit that replaces much, so that state can always be found again.
 */
public final class SaveVersion {
    /** The names of the automatic versions, saying what came next. */
    public static final String BEFORE_SURVEY_IMPORT = "Before survey import";
    public static final String BEFORE_SURVEY_RATINGS = "Before applying survey ratings";
    public static final String BEFORE_WORKSHOP_RATINGS = "Before workshop ratings";

    private static final Logger LOG = LoggerFactory.getLogger(SaveVersion.class);
    private final ProjectLibrary library;

    public SaveVersion(ProjectLibrary library) {
        this.library = library;
    }

    /** Whether the library keeps versions at all (a test's in-memory library may not). */
    public boolean available() {
        return library.versions().isPresent();
    }

    /**
     * Saves the user's version; {@code name} must not be blank (the dialog asks again when it is).
     *
     * @throws LibraryException when the library keeps no versions or cannot write
     */
    public VersionInfo save(JourneyMap map, String name, String note) {
        VersionInfo saved = versions().save(map, name, note, false);
        LOG.info("Version {} '{}' of project {} saved ({} bytes)", saved.id(), saved.name(), map.id(), saved.bytes());
        return saved;
    }

    /** Keeps {@code map} before {@code what} is done to it; empty when the library keeps no versions. */
    public Optional<VersionInfo> before(JourneyMap map, String what) {
        return library.versions().map(kept -> {
            VersionInfo saved = kept.save(map, what, "", true);
            LOG.info("Automatic version {} '{}' of project {} kept", saved.id(), what, map.id());
            return saved;
        });
    }

    private ProjectVersions versions() {
        return library.versions().orElseThrow(() -> new LibraryException(Messages.text("projects.noVersionsKept",
                library.location())));
    }
}
