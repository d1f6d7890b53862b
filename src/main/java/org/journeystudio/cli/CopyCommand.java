package org.journeystudio.cli;

import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.usecase.CopyProject;
import org.journeystudio.usecase.WorkProgress;

/** {@code journey-studio copy --from LIB --to LIB --project NAME [--as NAME]}: a project into another library. */
final class CopyCommand implements Subcommand {
    @Override
    public String name() {
        return "copy";
    }

    @Override
    public String synopsis() {
        return "--from LIB --to LIB --project NAME [--as NEW_NAME]";
    }

    @Override
    public String description() {
        return Messages.text("help.copy.description");
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Subcommand.valued("from", "LIB", Messages.text("help.copy.option.from")))
                .addOption(Subcommand.valued("to", "LIB", Messages.text("help.copy.option.to")))
                .addOption(Subcommand.valued("project", "NAME", Messages.text("help.copy.option.project")))
                .addOption(Subcommand.valued("as", "NEW_NAME", Messages.text("help.copy.option.as")));
    }

    @Override
    public String footer() {
        return "\n" + Subcommand.examples(StudioCommandLine.NAME + " copy --from ~/.local/share/journey-studio "
                + "--to postgresql://db.example.org/journeys --project Shop") + "\n" + Messages.text("help.copy.footer");
    }

    @Override
    public int run(CommandCall call) {
        String project = call.required("project", "NAME");
        try (JdbcLibrary from = call.openLibrary("from"); JdbcLibrary to = call.openLibrary("to")) {
            ProjectSummary found = ProjectSelector.find(from, project);
            CopyProject.Copied copied;
            try {
                copied = new CopyProject(from, to).copy(found.id(), call.value("as"), WorkProgress.NONE);
            } catch (CopyProject.NameTakenException e) {
                throw new LibraryException(Messages.text("cli.copyTitleTaken", to.location(), e.title()));
            }
            call.out().println(Messages.text("cli.copied", copied.map().title(), to.location(), copied.versions(),
                    copied.surveyImports(), copied.respondents(), copied.workshopSessions()));
        }
        return 0;
    }
}
