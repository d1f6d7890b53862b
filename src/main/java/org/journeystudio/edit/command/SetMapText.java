package org.journeystudio.edit.command;

import java.util.Objects;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/** Sets the map's title, description or scenario; typing in one of them is one undo step. */
public record SetMapText(MapText part, String text, String description) implements MapCommand {

    public SetMapText {
        Objects.requireNonNull(part, "part");
    }

    public static SetMapText of(MapText part, String text) {
        return new SetMapText(part, text, Labels.byValue("edits.editMapText.", part));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return part.set(map, text);
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof SetMapText set && set.part == part
                ? Optional.of(new SetMapText(part, set.text, description)) : Optional.empty();
    }
}
