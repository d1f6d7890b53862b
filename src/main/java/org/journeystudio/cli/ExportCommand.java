package org.journeystudio.cli;

import java.nio.file.Path;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.usecase.ExportJourneyFile;
import org.journeystudio.usecase.JourneyFiles;

/** {@code journey-studio export --project NAME --out FILE.journey.json}. */
final class ExportCommand implements Subcommand {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "--project NAME --out FILE [--with-versions] [--library DIR]";
    }

    @Override
    public String description() {
        return Messages.text("help.export.description");
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Subcommand.valued("project", "NAME", Messages.text("help.export.option.project")))
                .addOption(Subcommand.valued("out", "FILE", Messages.text("help.export.option.out")))
                .addOption(Subcommand.flag("with-versions", Messages.text("help.export.option.withVersions")))
                .addOption(ProjectSelector.libraryOption());
    }

    @Override
    public int run(CommandCall call) throws Exception {
        String project = call.required("project", "NAME");
        Path out = CommandCall.toPath(call.required("out", "FILE"), "--out");
        try (JdbcLibrary library = call.openLibrary()) {
            ProjectSummary found = ProjectSelector.find(library, project);
            JourneyMap map = new ExportJourneyFile(library, JourneyFiles.json()).export(found.id(), found.title(), out,
                    call.has("with-versions"));
            call.out().println(Messages.text("cli.exported", map.title(), out));
        }
        return 0;
    }
}
