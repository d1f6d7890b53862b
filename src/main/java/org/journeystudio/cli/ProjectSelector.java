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

    /** Exactly one of a map file (among {@code files}) and {@code --project NAME}, or a usage error. */
    static void checkOneSource(List<String> files, String project) {
        if (files.size() > 1) {
            throw new UsageException(Messages.text("cli.oneMapFile", files.size(), files));
        }
        if (files.isEmpty() == (project == null)) {
            throw new UsageException(Messages.text(project == null ? "cli.mapFileOrProjectNeither"
                    : "cli.mapFileOrProjectBoth"));
        }
    }

    static ProjectSummary find(ProjectLibrary library, String nameOrId) {
        List<ProjectSummary> projects = library.list();
        List<ProjectSummary> matches = projects.stream().filter(p -> p.id().equals(nameOrId)).toList();
        if (matches.isEmpty()) {
            matches = projects.stream().filter(p -> p.title().equalsIgnoreCase(nameOrId.strip())).toList();
        }
        if (matches.isEmpty()) {
            throw new UsageException(Messages.text("cli.noSuchProject", nameOrId, library.location()));
        }
        if (matches.size() > 1) {
            throw new UsageException(Messages.text("cli.severalProjects", matches.size(), nameOrId,
                    matches.stream().map(ProjectSummary::id).toList()));
        }
        return matches.get(0);
    }
}
