package org.journeystudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.json.JourneyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code journey-studio export --project NAME --out FILE.journey.json}. */
@Command(name = "export", description = "Writes one project of the library to a .journey.json file.")
public class ExportCommand extends LibraryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "NAME", description = "Project title or id.")
    String project;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .journey.json file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (H2Library library = openLibrary()) {
            String id = ProjectSelector.find(library, project, spec).id();
            JourneyMap map = library.load(id).orElseThrow();
            JourneyJson.write(map, out);
            spec.commandLine().getOut().println("Exported '" + map.title() + "' to " + out);
        }
        return 0;
    }
}
