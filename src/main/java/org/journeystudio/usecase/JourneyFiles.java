package org.journeystudio.usecase;

import java.io.IOException;
import java.nio.file.Path;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.json.JourneyFile;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;

/** Reading and writing {@code .journey.json} files, as the window needs it; tests swap in their own. */
public interface JourneyFiles {

    JourneyMap read(Path file) throws IOException, JourneyFormatException;

    void write(JourneyMap map, Path file) throws IOException;

    /** The map and the versions exported with it (none in most files). */
    JourneyFile readFile(Path file) throws IOException, JourneyFormatException;

    /** Writes the map with the versions in {@code content}. */
    void write(JourneyFile content, Path file) throws IOException;

    /** The interchange format of the store layer. */
    static JourneyFiles json() {
        return new JourneyFiles() {
            @Override
            public JourneyMap read(Path file) throws IOException, JourneyFormatException {
                return JourneyJson.read(file);
            }

            @Override
            public void write(JourneyMap map, Path file) throws IOException {
                JourneyJson.write(map, file);
            }

            @Override
            public JourneyFile readFile(Path file) throws IOException, JourneyFormatException {
                return JourneyJson.readFile(file);
            }

            @Override
            public void write(JourneyFile content, Path file) throws IOException {
                JourneyJson.write(content, file);
            }
        };
    }
}
