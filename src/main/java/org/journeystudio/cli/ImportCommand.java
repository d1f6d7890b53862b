package org.journeystudio.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.usecase.ImportJourneyFile;
import org.journeystudio.usecase.JourneyFiles;

/** {@code journey-studio import FILE.journey.json|FILE.mmd|FILE.csv|FILE.xlsx}: adds the file's project to the library, all or nothing. */
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
        return Messages.text("help.import.description");
    }

    @Override
    public Options options() {
        return new Options().addOption(ProjectSelector.libraryOption());
    }

    @Override
    public int run(CommandCall call) throws Exception {
        List<String> files = call.arguments();
        if (files.size() != 1) {
            throw new UsageException(Messages.text("cli.importOneFile", files.size()));
        }
        Path file = CommandCall.toPath(files.get(0), "FILE");
        try (JdbcLibrary library = call.openLibrary()) {
            ImportJourneyFile.Imported imported = new ImportJourneyFile(library, JourneyFiles.json())
                    .importWithWarnings(file);
            call.warn(imported.warnings());
            JourneyMap map = imported.map();
            call.out().println(Messages.text("cli.imported", map.title(), map.touchpoints().size(),
                    library.location()));
        }
        return 0;
    }
}
