package org.journeystudio.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.ProjectSummary;

/** {@code journey-studio list}: the library's projects, newest first. */
final class ListCommand implements Subcommand {
    @Override
    public String name() {
        return "list";
    }

    @Override
    public String synopsis() {
        return "[--library DIR]";
    }

    @Override
    public String description() {
        return Messages.text("help.list.description");
    }

    @Override
    public Options options() {
        return new Options().addOption(ProjectSelector.libraryOption());
    }

    @Override
    public int run(CommandCall call) {
        PrintWriter out = call.out();
        // Made here, not when the class loads: every command line loads this class, and the time zone rules
        // cost the heatmap command's start-up (issue 18).
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        try (JdbcLibrary library = call.openLibrary()) {
            for (ProjectSummary project : library.list()) {
                out.println(Messages.text("cli.listedProject", when.format(project.modified()),
                        String.format("%4d", project.touchpointCount()), project.touchpointCount(), project.title()));
            }
        }
        return 0;
    }
}
