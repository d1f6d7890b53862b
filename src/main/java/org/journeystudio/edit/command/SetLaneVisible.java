package org.journeystudio.edit.command;

import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;

/** Hides or shows a lane; its cards stay in the map while it is hidden. */
public record SetLaneVisible(String laneId, boolean visible, String description) implements MapCommand {

    public static SetLaneVisible of(JourneyMap map, String laneId, boolean visible) {
        Lane lane = MapLookup.lane(map, laneId);
        return new SetLaneVisible(laneId, visible, (visible ? "Show" : "Hide") + " lane " + Labels.quoted(lane.title()));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.lane(map, laneId);
        return map.withLanes(ListEdits.replaced(map.lanes(), l -> l.id().equals(laneId),
                l -> l.withVisible(visible)));
    }
}
