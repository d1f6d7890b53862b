package org.journeystudio.store.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.journeystudio.model.JourneyMap;

/** Reads and writes one project as a {@code .journey.json} file (the interchange format, with a formatVersion). */
public final class JourneyJson {
    private JourneyJson() {
    }

    public static JourneyMap read(Path file) throws IOException, JourneyFormatException {
        throw new UnsupportedOperationException("not yet written");
    }

    public static JourneyMap read(Reader reader, String sourceName) throws IOException, JourneyFormatException {
        throw new UnsupportedOperationException("not yet written");
    }

    public static void write(JourneyMap map, Path file) throws IOException {
        throw new UnsupportedOperationException("not yet written");
    }

    public static String toJson(JourneyMap map) {
        throw new UnsupportedOperationException("not yet written");
    }
}
