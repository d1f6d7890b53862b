package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;

/** Sets the text under a stage's name; typing in it is one undo step. */
public record SetStageDescription(String stageId, String text, String description) implements MapCommand {

    public static SetStageDescription of(JourneyMap map, String stageId, String text) {
        return new SetStageDescription(stageId, text,
                Messages.text("edits.editStageDescription",
                Labels.quoted(MapLookup.stage(map, stageId).name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.stage(map, stageId);
        return map.withStages(ListEdits.replaced(map.stages(), s -> s.id().equals(stageId),
                s -> s.withDescription(text)));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof SetStageDescription set && set.stageId.equals(stageId)
                ? Optional.of(new SetStageDescription(stageId, set.text, description)) : Optional.empty();
    }
}
