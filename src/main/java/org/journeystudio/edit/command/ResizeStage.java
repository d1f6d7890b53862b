package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/** Sets a stage's width hint; a drag of the stage's edge, however many steps, is one undo step. */
public record ResizeStage(String stageId, double width, String description) implements MapCommand {

    public static ResizeStage of(JourneyMap map, String stageId, double width) {
        return new ResizeStage(stageId, width, Messages.text("edits.resizeStage",
                Labels.quoted(MapLookup.stage(map, stageId).name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.stage(map, stageId);
        return map.withStages(ListEdits.replaced(map.stages(), s -> s.id().equals(stageId),
                s -> s.withWidthHint(width)));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof ResizeStage resize && resize.stageId.equals(stageId)
                ? Optional.of(new ResizeStage(stageId, resize.width, description)) : Optional.empty();
    }
}
