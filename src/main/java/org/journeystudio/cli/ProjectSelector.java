package org.journeystudio.cli;

import java.util.List;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectSummary;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** Finds a project by title (case-insensitive) or id, and says clearly when none or several match. */
final class ProjectSelector {
    private ProjectSelector() {
    }

    static ProjectSummary find(ProjectLibrary library, String nameOrId, CommandSpec spec) {
        List<ProjectSummary> projects = library.list();
        List<ProjectSummary> matches = projects.stream().filter(p -> p.id().equals(nameOrId)).toList();
        if (matches.isEmpty()) {
            matches = projects.stream().filter(p -> p.title().equalsIgnoreCase(nameOrId.strip())).toList();
        }
        if (matches.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "No project called '" + nameOrId + "' in the library "
                    + library.location() + " (see: journey-studio list)");
        }
        if (matches.size() > 1) {
            throw new ParameterException(spec.commandLine(), matches.size() + " projects are called '" + nameOrId
                    + "'; give the project id instead: " + matches.stream().map(ProjectSummary::id).toList());
        }
        return matches.get(0);
    }
}
