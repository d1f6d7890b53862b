package org.journeystudio.usecase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.journeystudio.store.json.JourneyFile;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.mermaid.MermaidJourney;
import org.journeystudio.store.sheet.TouchpointSheet;

/**
 * Reads a map from any file the studio takes a map from, by its name: a touchpoint spreadsheet ({@code .csv},
 * {@code .xlsx}; columns guessed from its header), a Mermaid journey ({@code .mmd}), else a {@code .journey.json}
 * file. Import, render and compare all read through here, so each takes the same files.
 */
public final class MapFileReader {
    private MapFileReader() {
    }

    /** The file's map (and the versions a {@code .journey.json} file brings), and how it was read (file:line: message). */
    public record Read(JourneyFile content, List<String> warnings) {
        public Read {
            warnings = List.copyOf(warnings);
        }
    }

    public static Read read(JourneyFiles files, Path file) throws IOException, JourneyFormatException {
        if (ImportTouchpointSheet.isSheet(file)) {
            TouchpointSheet.Import read = ImportTouchpointSheet.readGuessed(file);
            return new Read(JourneyFile.of(read.map()), read.warnings());
        }
        if (MermaidJourney.isMermaid(file)) {
            MermaidJourney.Import read = MermaidJourney.read(file);
            return new Read(JourneyFile.of(read.map()), read.warnings());
        }
        return new Read(files.readFile(file), List.of());
    }
}
