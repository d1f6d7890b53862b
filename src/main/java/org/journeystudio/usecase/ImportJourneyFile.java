package org.journeystudio.usecase;

import java.io.IOException;
import java.nio.file.Path;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.json.JourneyFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the project in a {@code .journey.json} file to the library, all or nothing. A project already in the
 * library with the same id keeps its place: the import gets a fresh id, so importing never overwrites.
 */
public final class ImportJourneyFile {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJourneyFile.class);
    private final ProjectLibrary library;
    private final JourneyFiles files;

    public ImportJourneyFile(ProjectLibrary library, JourneyFiles files) {
        this.library = library;
        this.files = files;
    }

    /** The project as added to the library. */
    public JourneyMap importFile(Path file) throws IOException, JourneyFormatException {
        JourneyMap map = files.read(file);
        if (library.load(map.id()).isPresent()) {
            map = map.withId(Ids.next("map"));
        }
        library.create(map);
        LOG.info("Project {} '{}' imported from {}", map.id(), map.title(), file);
        return map;
    }
}
