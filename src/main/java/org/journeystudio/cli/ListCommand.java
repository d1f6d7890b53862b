package org.journeystudio.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ProjectSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code journey-studio list}: the library's projects, newest first. */
@Command(name = "list", description = "Lists the projects in the library.")
public class ListCommand extends LibraryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (H2Library library = openLibrary()) {
            for (ProjectSummary project : library.list()) {
                out.printf("%s  %4d touchpoints  %s%n", WHEN.format(project.modified()),
                        project.touchpointCount(), project.title());
            }
        }
        out.flush();
        return 0;
    }
}
