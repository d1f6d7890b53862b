package org.journeystudio.usecase;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.TeamLibraryAddress;

/**
 * The studio's "Copy to library…": copies a project of the open library into another one that the user names by
 * its location (a recent library's folder or {@code postgresql://} address), opened for the copy and closed after.
 */
public final class CopyToLibrary {
    private final ProjectLibrary open;
    private final Function<String, ProjectLibrary> opener;

    /** Opens the target with {@link #open(String)}. */
    public CopyToLibrary(ProjectLibrary open) {
        this(open, CopyToLibrary::open);
    }

    CopyToLibrary(ProjectLibrary open, Function<String, ProjectLibrary> opener) {
        this.open = open;
        this.opener = opener;
    }

    /** The libraries a project can be copied to: the recent ones but the open one, most recent first. */
    public List<String> targets(List<String> recentLibraries) {
        return recentLibraries.stream().filter(l -> !l.equals(open.location())).toList();
    }

    /** Copies the project to the library at {@code target} under {@code title}; see {@link CopyProject#copy}. */
    public CopyProject.Copied copy(String projectId, String target, String title, WorkProgress progress) {
        try (ProjectLibrary to = opener.apply(target.strip())) {
            return new CopyProject(open, to).copy(projectId, title, progress);
        }
    }

    /** The library at {@code location}: a team library's {@code postgresql://} address, else a local folder. */
    public static ProjectLibrary open(String location) {
        if (location.isBlank()) {
            throw new LibraryException(Messages.text("projects.nameTheLibrary"));
        }
        if (TeamLibraryAddress.isTeamLibrary(location)) {
            return PostgresLibrary.open(TeamLibraryAddress.parse(location));
        }
        try {
            return H2Library.open(Path.of(location));
        } catch (InvalidPathException e) {
            throw new LibraryException("'" + location + "' is neither a library folder nor a team library's "
                    + "postgresql:// address: " + e.getReason());
        }
    }
}
