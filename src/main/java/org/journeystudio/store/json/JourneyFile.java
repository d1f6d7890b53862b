package org.journeystudio.store.json;

import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.KeptVersion;

/**
 * What a {@code .journey.json} file holds: one map and, when it was exported with them, the project's versions.
 *
 * @param versions newest first, as the library lists them; empty for a file without versions
 */
public record JourneyFile(JourneyMap map, List<KeptVersion> versions) {

    public JourneyFile {
        versions = List.copyOf(versions);
    }

    /** A file of the map alone. */
    public static JourneyFile of(JourneyMap map) {
        return new JourneyFile(map, List.of());
    }
}
