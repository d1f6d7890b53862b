package org.journeystudio.edit.command;

import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneRole;

/** Gives a lane its part in the service blueprint (customer actions, frontstage, backstage…), or none. */
public record SetLaneRole(String laneId, LaneRole role, String description) implements MapCommand {

    public static SetLaneRole of(JourneyMap map, String laneId, LaneRole role) {
        Lane lane = MapLookup.lane(map, laneId);
        return new SetLaneRole(laneId, role, "Set the blueprint role of lane " + Labels.quoted(lane.title())
                + " to " + role.displayName().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.lane(map, laneId);
        return map.withLanes(ListEdits.replaced(map.lanes(), l -> l.id().equals(laneId), l -> l.withRole(role)));
    }
}
