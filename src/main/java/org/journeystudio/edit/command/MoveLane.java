package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/** Moves a lane to another position among the lanes; consecutive moves of one lane are one undo step. */
public record MoveLane(String laneId, int index, String description) implements MapCommand {

    public static MoveLane of(JourneyMap map, String laneId, int index) {
        return new MoveLane(laneId, index, Messages.text("edits.moveLane",
                Labels.quoted(MapLookup.lane(map, laneId).title())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.lane(map, laneId);
        return map.withLanes(ListEdits.moved(map.lanes(), l -> l.id().equals(laneId), index,
                "lane '" + laneId + "'"));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof MoveLane move && move.laneId.equals(laneId)
                ? Optional.of(new MoveLane(laneId, move.index, description)) : Optional.empty();
    }
}
