package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/**
 * Moves a stage to another position among the stages; its cards go with it, since they point at the stage.
 * Consecutive moves of one stage (a header drag passing several columns) are one undo step.
 */
public record MoveStage(String stageId, int index, String description) implements MapCommand {

    public static MoveStage of(JourneyMap map, String stageId, int index) {
        return new MoveStage(stageId, index, Messages.text("edits.moveStage",
                Labels.quoted(MapLookup.stage(map, stageId).name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.stage(map, stageId);
        return map.withStages(ListEdits.moved(map.stages(), s -> s.id().equals(stageId), index,
                "stage '" + stageId + "'"));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        // Moving to an absolute position: the last move alone lands where the whole sequence would.
        return next instanceof MoveStage move && move.stageId.equals(stageId)
                ? Optional.of(new MoveStage(stageId, move.index, description)) : Optional.empty();
    }
}
