package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.List;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Deletes a lane. Its cards are deleted with it, or, when {@code reassignToLaneId} is set, moved to the end of
 * that lane in the same stage, keeping their order. Undo brings lane and cards back exactly.
 */
public record RemoveLane(String laneId, String reassignToLaneId, String description) implements MapCommand {

    /** Deletes the lane and its cards. */
    public static RemoveLane withCards(JourneyMap map, String laneId) {
        Lane lane = MapLookup.lane(map, laneId);
        long cards = map.touchpoints().stream().filter(tp -> tp.laneId().equals(laneId)).count();
        return new RemoveLane(laneId, null, Messages.text("edits.deleteLane", Labels.quoted(lane.title()), cards));
    }

    /** Deletes the lane after moving its cards to another lane. */
    public static RemoveLane movingCardsTo(JourneyMap map, String laneId, String targetLaneId) {
        Lane lane = MapLookup.lane(map, laneId);
        Lane target = MapLookup.cardLane(map, targetLaneId);
        return new RemoveLane(laneId, targetLaneId, Messages.text("edits.deleteLaneMoving",
                Labels.quoted(lane.title()), target.title()));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.lane(map, laneId);
        List<Touchpoint> touchpoints;
        if (reassignToLaneId == null) {
            touchpoints = ListEdits.removed(map.touchpoints(), tp -> tp.laneId().equals(laneId));
        } else {
            if (reassignToLaneId.equals(laneId)) {
                throw new IllegalArgumentException("Cannot move the cards of lane '" + laneId + "' to itself");
            }
            MapLookup.cardLane(map, reassignToLaneId);
            touchpoints = map.touchpoints();
            for (Stage stage : map.stages()) {
                List<Touchpoint> cards = map.touchpointsIn(stage.id(), laneId);
                if (!cards.isEmpty()) {
                    touchpoints = new Cell(stage.id(), reassignToLaneId).place(touchpoints, cards, Cell.END);
                }
            }
            touchpoints = ListEdits.replaced(touchpoints, tp -> tp.laneId().equals(laneId),
                    tp -> tp.movedTo(tp.stageId(), reassignToLaneId, tp.order()));
        }
        return map.withLanes(ListEdits.removed(map.lanes(), l -> l.id().equals(laneId)))
                .withTouchpoints(touchpoints);
    }
}
