package org.journeystudio.usecase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.KeptVersion;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.json.JourneyFile;
import org.journeystudio.store.json.JourneyFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the project in a {@code .journey.json} file, a Mermaid journey ({@code .mmd}) or a touchpoint spreadsheet
 * ({@code .csv}, {@code .xlsx}, columns guessed from the header; see {@link MapFileReader}) to the library, all or
 * nothing, with the versions the file brings. A project already in the library with the same id keeps its place:
 * the import gets a fresh id, so importing never overwrites.
 */
public final class ImportJourneyFile {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJourneyFile.class);
    private final ProjectLibrary library;
    private final JourneyFiles files;

    public ImportJourneyFile(ProjectLibrary library, JourneyFiles files) {
        this.library = library;
        this.files = files;
    }

    /**
     * The project as added to the library. Its versions are stored with it in one transaction; a library that
     * keeps no versions gets the map alone.
     */
    public JourneyMap importFile(Path file) throws IOException, JourneyFormatException {
        return importWithWarnings(file).map();
    }

    /** The project added and what the user should know about how its file was read (file:line: message). */
    public record Imported(JourneyMap map, List<String> warnings) {
    }

    /**
     * Like {@link #importFile}, with the warnings of a Mermaid journey or a spreadsheet
     * (scores clamped, columns left out).
     */
    public Imported importWithWarnings(Path file) throws IOException, JourneyFormatException {
        MapFileReader.Read read = MapFileReader.read(files, file);
        JourneyFile content = read.content();
        JourneyMap map = content.map();
        if (library.load(map.id()).isPresent()) {
            map = map.withId(Ids.next("map"));
        }
        List<KeptVersion> versions = library.versions().isPresent() ? content.versions() : List.of();
        if (versions.isEmpty()) {
            library.create(map);
        } else {
            library.versions().get().createWith(map, versions);
        }
        LOG.info("Project {} '{}' imported from {} with {} versions", map.id(), map.title(), file, versions.size());
        return new Imported(map, read.warnings());
    }
}
