package org.journeystudio.cli;

import java.time.Instant;
import java.util.List;
import org.apache.commons.cli.Options;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.json.JourneyJson;

/** {@code journey-studio import FILE.journey.json}: adds the file's project to the library, all or nothing. */
final class ImportCommand implements Subcommand {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String synopsis() {
        return "FILE [--library DIR]";
    }

    @Override
    public String description() {
        return "Adds the project in a .journey.json file to the library.";
    }

    @Override
    public Options options() {
        return new Options().addOption(ProjectSelector.libraryOption());
    }

    @Override
    public int run(CommandCall call) throws Exception {
        List<String> files = call.arguments();
        if (files.size() != 1) {
            throw new UsageException("give exactly one .journey.json file to import, not " + files.size());
        }
        JourneyMap map = JourneyJson.read(CommandCall.toPath(files.get(0), "FILE"));
        try (H2Library library = call.openLibrary()) {
            // A file imported twice becomes two projects rather than overwriting the first.
            if (library.load(map.id()).isPresent()) {
                map = map.withId(Ids.next("map")).withTimes(map.created(), Instant.now());
            }
            library.create(map);
            call.out().println("Imported '" + map.title() + "' (" + map.touchpoints().size()
                    + " touchpoints) into " + library.location());
        }
        return 0;
    }
}
