package org.journeystudio.usecase;

import java.util.List;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectVersions;
import org.journeystudio.store.VersionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The versions of one project as the version list shows them: list, look at one (read-only), delete one. */
public final class VersionHistory {
    private static final Logger LOG = LoggerFactory.getLogger(VersionHistory.class);
    private final ProjectLibrary library;

    public VersionHistory(ProjectLibrary library) {
        this.library = library;
    }

    /** Newest first; none when the library keeps no versions. */
    public List<VersionInfo> list(String projectId) {
        return library.versions().map(kept -> kept.list(projectId)).orElse(List.of());
    }

    /**
     * The version's map for looking at, migrated if an older studio kept it.
     *
     * @throws LibraryException when it is gone or cannot be read
     */
    public JourneyMap preview(VersionInfo version) {
        return versions().load(version.projectId(), version.id()).orElseThrow(() -> new LibraryException(
                "The version '" + version.name() + "' is no longer in the library " + library.location() + "."));
    }

    public void delete(VersionInfo version) {
        versions().delete(version.projectId(), version.id());
        LOG.info("Version {} '{}' of project {} deleted", version.id(), version.name(), version.projectId());
    }

    /** "12 KB", "1.4 MB": what a version costs, for the list. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private ProjectVersions versions() {
        return library.versions().orElseThrow(() -> new LibraryException(Messages.text("projects.noVersionsKept",
                library.location())));
    }
}
