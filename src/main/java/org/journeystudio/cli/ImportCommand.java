package org.journeystudio.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.json.JourneyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey-studio import FILE.journey.json}: adds the file's project to the library, all or nothing. */
@Command(name = "import", description = "Adds the project in a .journey.json file to the library.")
public class ImportCommand extends LibraryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .journey.json file to read.")
    Path file;

    @Override
    public Integer call() throws Exception {
        JourneyMap map = JourneyJson.read(file);
        try (H2Library library = openLibrary()) {
            // A file imported twice becomes two projects rather than overwriting the first.
            if (library.load(map.id()).isPresent()) {
                map = map.withId(Ids.next("map")).withTimes(map.created(), Instant.now());
            }
            library.create(map);
            spec.commandLine().getOut().println("Imported '" + map.title() + "' ("
                    + map.touchpoints().size() + " touchpoints) into " + library.location());
        }
        return 0;
    }
}
