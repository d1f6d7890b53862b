package org.journeystudio.usecase;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.LoadedProject;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.ProjectLibrary;

/** Opens a stored project: loads the whole map and lays it out, ready to be shown or rendered. */
public final class OpenProject {
    private final ProjectLibrary library;

    public OpenProject(ProjectLibrary library) {
        this.library = library;
    }

    /** The project's map; says so clearly when it is no longer in the library. */
    public JourneyMap load(String projectId, String title) {
        return library.load(projectId).orElseThrow(() -> missing(title));
    }

    private LibraryException missing(String title) {
        return new LibraryException(Messages.text("projects.projectGone", title, library.location()));
    }

    /** The project laid out; a big map takes a moment, so {@code cancelled} is asked between the two steps. */
    public OpenedProject open(String projectId, String title, BooleanSupplier cancelled) {
        // On a team library the map comes with its rows' versions: the base its editor saves over.
        LoadedProject base = library instanceof PostgresLibrary team ? team.loadWithVersions(projectId)
                .orElseThrow(() -> missing(title)) : null;
        JourneyMap map = base != null ? base.map() : load(projectId, title);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException(Messages.text("projects.openCancelled", title));
        }
        return new OpenedProject(map, MapLayout.of(map), base);
    }
}
