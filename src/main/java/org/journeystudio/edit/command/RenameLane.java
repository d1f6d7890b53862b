package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/** Gives a lane a new title; consecutive renames of one lane (typing) are one undo step. */
public record RenameLane(String laneId, String title, String description) implements MapCommand {

    public static RenameLane of(JourneyMap map, String laneId, String title) {
        return new RenameLane(laneId, title, Messages.text("edits.renameLane",
                Labels.quoted(MapLookup.lane(map, laneId).title())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.lane(map, laneId);
        return map.withLanes(ListEdits.replaced(map.lanes(), l -> l.id().equals(laneId), l -> l.withTitle(title)));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof RenameLane rename && rename.laneId.equals(laneId)
                ? Optional.of(new RenameLane(laneId, rename.title, description)) : Optional.empty();
    }
}
