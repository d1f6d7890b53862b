package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.List;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Deletes a stage. Its cards are deleted with it, or, when {@code reassignToStageId} is set, moved to the end
 * of the same lane in that stage, keeping their order. Undo brings stage and cards back exactly.
 */
public record RemoveStage(String stageId, String reassignToStageId, String description) implements MapCommand {

    /** Deletes the stage and its cards. */
    public static RemoveStage withCards(JourneyMap map, String stageId) {
        Stage stage = MapLookup.stage(map, stageId);
        long cards = map.touchpoints().stream().filter(tp -> tp.stageId().equals(stageId)).count();
        return new RemoveStage(stageId, null, Messages.text("edits.deleteStage", Labels.quoted(stage.name()), cards));
    }

    /** Deletes the stage after moving its cards to another stage. */
    public static RemoveStage movingCardsTo(JourneyMap map, String stageId, String targetStageId) {
        Stage stage = MapLookup.stage(map, stageId);
        Stage target = MapLookup.stage(map, targetStageId);
        return new RemoveStage(stageId, targetStageId, Messages.text("edits.deleteStageMoving",
                Labels.quoted(stage.name()), target.name()));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.stage(map, stageId);
        List<Touchpoint> touchpoints;
        if (reassignToStageId == null) {
            touchpoints = ListEdits.removed(map.touchpoints(), tp -> tp.stageId().equals(stageId));
        } else {
            if (reassignToStageId.equals(stageId)) {
                throw new IllegalArgumentException("Cannot move the cards of stage '" + stageId + "' to itself");
            }
            MapLookup.stage(map, reassignToStageId);
            touchpoints = map.touchpoints();
            for (Lane lane : map.lanes()) {
                List<Touchpoint> cards = map.touchpointsIn(stageId, lane.id());
                if (!cards.isEmpty()) {
                    touchpoints = new Cell(reassignToStageId, lane.id()).place(touchpoints, cards, Cell.END);
                }
            }
            // Cards whose lane is missing (a damaged map) would otherwise point at the deleted stage.
            touchpoints = ListEdits.replaced(touchpoints, tp -> tp.stageId().equals(stageId),
                    tp -> tp.movedTo(reassignToStageId, tp.laneId(), tp.order()));
        }
        return map.withStages(ListEdits.removed(map.stages(), s -> s.id().equals(stageId)))
                .withTouchpoints(touchpoints);
    }
}
