package org.journeystudio.edit.command;

import java.util.Objects;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/**
 * Replaces everything in the map with {@code replacement} (a restored version) as one undo step. The project
 * keeps what makes it this project rather than its content: its id, its title in the library, and its times.
 */
public record ReplaceMap(JourneyMap replacement, String description) implements MapCommand {

    public ReplaceMap {
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return replacement.withId(map.id()).withTitle(map.title()).withTimes(map.created(), map.modified());
    }
}
