package org.journeystudio.cli;

import java.util.List;
import org.apache.commons.cli.Option;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectSummary;

/** Finds a project by title (case-insensitive) or id, and says clearly when none or several match. */
final class ProjectSelector {
    private ProjectSelector() {
    }

    /** {@code --library DIR}, accepted after a command as well as before it. */
    static Option libraryOption() {
        return Subcommand.valued(CommandCall.LIBRARY, "DIR", Messages.text("help.option.library"));
    }

    static ProjectSummary find(ProjectLibrary library, String nameOrId) {
        List<ProjectSummary> projects = library.list();
        List<ProjectSummary> matches = projects.stream().filter(p -> p.id().equals(nameOrId)).toList();
        if (matches.isEmpty()) {
            matches = projects.stream().filter(p -> p.title().equalsIgnoreCase(nameOrId.strip())).toList();
        }
        if (matches.isEmpty()) {
            throw new UsageException("No project called '" + nameOrId + "' in the library "
                    + library.location() + " (see: journey-studio list)");
        }
        if (matches.size() > 1) {
            throw new UsageException(matches.size() + " projects are called '" + nameOrId
                    + "'; give the project id instead: " + matches.stream().map(ProjectSummary::id).toList());
        }
        return matches.get(0);
    }
}
