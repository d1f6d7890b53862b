package org.journeystudio.edit;

import java.util.List;
import java.util.Objects;
import org.journeystudio.model.JourneyMap;

/**
 * Several commands as one undo step: a multi-select move, a paste, an import. The parts run in order, each on
 * the result of the one before; undoing the composite goes back past all of them at once, i.e. in reverse.
 * If any part fails, the whole composite fails and the map is left as it was.
 */
public record CompositeCommand(String description, List<MapCommand> parts) implements MapCommand {

    public CompositeCommand {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A composite command needs a description for the Edit menu");
        }
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Composite command '" + description + "' has no parts");
        }
    }

    public static CompositeCommand of(String description, MapCommand... parts) {
        return new CompositeCommand(description, List.of(parts));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        JourneyMap current = map;
        for (int i = 0; i < parts.size(); i++) {
            MapCommand part = parts.get(i);
            try {
                current = Objects.requireNonNull(part.apply(current),
                        () -> "'" + part.description() + "' produced no map");
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Step " + (i + 1) + " of " + parts.size() + " of '"
                        + description + "' (" + part.description() + ") failed: " + e.getMessage(), e);
            }
        }
        return current;
    }
}
