package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneRole;

/** Gives a lane its part in the service blueprint (customer actions, frontstage, backstage…), or none. */
public record SetLaneRole(String laneId, LaneRole role, String description) implements MapCommand {

    public static SetLaneRole of(JourneyMap map, String laneId, LaneRole role) {
        Lane lane = MapLookup.lane(map, laneId);
        return new SetLaneRole(laneId, role, Messages.text("edits.setLaneRole",
                Labels.quoted(lane.title()), Labels.laneRole(role)));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.lane(map, laneId);
        return map.withLanes(ListEdits.replaced(map.lanes(), l -> l.id().equals(laneId), l -> l.withRole(role)));
    }
}
